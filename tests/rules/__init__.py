"""Tests of the generic rule engine (``cadretrain.rules``)."""
