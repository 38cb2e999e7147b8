# OPTION: PackageAnchor=transformers.models.bamba
# OPTION: api-imports.AbsoluteImports=true
from mindone.transformers.activations import ACT2FN
# CHECK-MESSAGES: :[[@LINE-1]]:1: warning: imports from 'activations'; mindone's own from mindone.transformers [api-imports]
from mindone.transformers.utils import logging
from transformers.utils import auto_docstring
# CHECK-MESSAGES: :[[@LINE-1]]:1: warning: imports from 'utils'; auto_docstring from transformers.utils; mindone's own from mindone.transformers [api-imports]
