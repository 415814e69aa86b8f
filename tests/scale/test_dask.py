"""The ``docs/scale.md`` recipe: the same evaluation over a ``dask.bag`` on a local cluster."""

from __future__ import annotations

import attrs
import pytest

import cadretrain as ct

bag = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")


def _cohorts() -> list[ct.Cohort]:
    from benchmarks._data import varied_cohort

    base = varied_cohort(40)
    return [attrs.evolve(base, id=f"c-{i}") for i in range(6)]


def test_local_cluster_gives_the_single_process_results() -> None:
    cohorts = _cohorts()
    expected = list(ct.evaluate_many(cohorts))
    with (
        distributed.LocalCluster(
            n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        results = bag.from_sequence(cohorts, npartitions=2).map(ct.evaluate)
        got = client.compute(results).result(timeout=120)
    assert got == expected
