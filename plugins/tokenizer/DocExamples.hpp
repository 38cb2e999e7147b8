#pragma once
// Rewriting the doctest examples inside docstrings (`>>>` / `...` lines and ``` fenced blocks):
// text edits, line by line, with byte offsets into the file.
#include <pyconv/Fix.hpp>
#include <pyconv/Node.hpp>

#include <vector>

namespace pyconv::tokenizer {

// `return_tensors="pt"` -> `"np"` on example lines of `string`.
std::vector<Edit> returnTensorsEdits(Node string);

// In an example, the variables assigned from a call with `return_tensors=` are wrapped with
// `ms.Tensor` where they reach a model call (`**inputs` -> `**{k: ms.Tensor(v) for k, v in
// inputs.items()}`, `inputs.input_ids` -> `ms.Tensor(inputs.input_ids)`), and
// `>>> import mindspore as ms` is added before the first example line when missing.
std::vector<Edit> tensorWrapEdits(Node string);

}  // namespace pyconv::tokenizer
