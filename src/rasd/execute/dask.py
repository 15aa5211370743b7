"""Running ``rasd batch`` on Dask: an existing cluster (``--scheduler tcp://host:8786``) or a
``LocalCluster`` started for the run. Needs ``dask[distributed]`` (``pip install 'rasd[dask]'``)."""

from __future__ import annotations

from typing import Any

__all__ = ["DaskExecutor"]


class DaskExecutor:
    """The :class:`rasd.execute.batch.Executor` interface on a Dask ``Client``."""

    def __init__(self, scheduler: str | None = None, workers: int | None = None, *,
                 processes: bool = True, client: Any = None) -> None:
        try:
            import distributed
        except ModuleNotFoundError:
            raise RuntimeError("the Dask executor needs dask[distributed]: pip install 'rasd[dask]'") from None
        Client: Any = distributed.Client
        LocalCluster: Any = distributed.LocalCluster
        self._own_cluster: Any = None
        if client is not None:
            self.client = client
        elif scheduler:
            self.client = Client(scheduler, timeout="30s")
        else:
            from rasd.execute.local import default_workers

            n = workers or default_workers()
            self._own_cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=processes,
                                             dashboard_address=None)
            self.client = Client(self._own_cluster)
        info = self.client.scheduler_info()
        self.workers = max(1, sum(w.get("nthreads", 1) for w in info.get("workers", {}).values()))

    def submit(self, fn: Any, *args: Any) -> Any:
        return self.client.submit(fn, *args, pure=False)

    def wait_first(self, futures: list[Any]) -> tuple[list[Any], list[Any]]:
        import distributed

        wait: Any = distributed.wait
        done, pending = wait(futures, return_when="FIRST_COMPLETED")
        return list(done), list(pending)

    def close(self) -> None:
        self.client.close()
        if self._own_cluster is not None:
            self._own_cluster.close()
