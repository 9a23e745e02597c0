"""Imported by `spacy pretrain/train --code scripts/fast_ops.py`: thinc's matrix products
through numpy's BLAS instead of blis (see extractor/nlp/ops.py), about twice as fast on
this project's machines. The trained weights are the same kind either way."""

from extractor.nlp.ops import use_blas

use_blas()
