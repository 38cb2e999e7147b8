# OPTION: PackageAnchor=transformers.models.bamba
# A modeling file that imports transformers by its absolute name: the same modules as `...X`.
from transformers.activations import ACT2FN
# CHECK-MESSAGES: :[[@LINE-1]]:1: warning: imports from 'activations'; mindone's own from mindone.transformers [api-imports]
from transformers.utils import auto_docstring, logging
# CHECK-MESSAGES: :[[@LINE-1]]:1: warning: imports from 'utils'; auto_docstring from transformers.utils; mindone's own from mindone.transformers [api-imports]
from transformers.utils.deprecation import deprecate_kwarg
from transformers.models.bamba.configuration_bamba import BambaConfig
