#pragma once
#include "pyconv/Export.hpp"

namespace pyconv {

class SemanticModel;

// Whether a file is another framework's code and not torch's: it imports JAX, Flax, TensorFlow or
// Keras and nothing of torch, MindSpore or mindone (transformers' modeling_flax_* and
// modeling_tf_* files; not a converted file whose weight loader imports TensorFlow). Such a file
// is left as it is: no finding, no fix (tree mode copies it unchanged), since every rule is about
// torch and a receiver-based one would misread `x.cumsum(axis=-1)` in JAX code.
PYCONV_API bool isOtherFrameworksCode(const SemanticModel& semantic);

}  // namespace pyconv
