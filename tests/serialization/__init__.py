"""Tests of JSON in and out (``cadretrain.serialization``)."""
