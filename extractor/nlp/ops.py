"""Matrix products for the pipelines' tok2vec through numpy's BLAS.

thinc's CPU ops multiply with the bundled `blis` library; on this project's machines (AMD
EPYC) blis picks a kernel that reaches about 19 GFLOP/s on one core where numpy's OpenBLAS
reaches 68, and the products are half of a CNN pipeline's time. Subclassing thinc's
NumpyOps and replacing only `gemm` doubles the English pipeline's words/s with the same
entities (bench/model_speed.py). One BLAS thread per process: the engines run one process
per core already.
"""

from __future__ import annotations

import numpy
from thinc.api import NumpyOps, get_current_ops, set_current_ops
from threadpoolctl import threadpool_limits


class BlasOps(NumpyOps):
    name = "numpy"  # still the numpy backend to thinc and spaCy; only gemm differs

    def gemm(self, x, y, out=None, trans1: bool = False, trans2: bool = False):  # type: ignore[override]
        if trans1:
            x = x.T
        if trans2:
            y = y.T
        if out is None:
            return numpy.matmul(x, y)
        numpy.matmul(x, y, out=out)
        return out


def use_blas() -> None:
    """Make models created from now on in this process multiply through numpy's BLAS."""
    if not isinstance(get_current_ops(), BlasOps) and type(get_current_ops()) is NumpyOps:
        set_current_ops(BlasOps())
        threadpool_limits(1, user_api="blas")
