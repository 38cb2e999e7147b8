import mindspore as ms


def run(tokenizer, model, prompt):
    """Example:
    # CHECK-MESSAGES: :[[@LINE-1]]:5: warning: in a MindSpore example, tokenizer arrays reach the model as ms.Tensor [tokenizer-tensor-wrap]

    >>> import mindspore as ms
    >>> inputs = tokenizer("Hello", return_tensors="np")
    >>> outputs = model(**{k: ms.Tensor(v) for k, v in inputs.items()})
    >>> generated = model.generate(ms.Tensor(inputs.input_ids), max_length=30)
    >>> text = tokenizer.decode(inputs["input_ids"][0])
    """
    inputs = tokenizer(prompt, return_tensors="np")
    outputs = model(**{k: ms.Tensor(v) for k, v in inputs.items()}, labels=ms.Tensor(inputs["input_ids"]))
    # CHECK-MESSAGES: :[[@LINE-1]]:21: warning: tokenizer arrays reach the model as ms.Tensor in MindSpore [tokenizer-tensor-wrap]
    # CHECK-MESSAGES: :[[@LINE-2]]:38: warning: tokenizer arrays reach the model as ms.Tensor in MindSpore [tokenizer-tensor-wrap]
    again = model(input_ids=ms.Tensor(inputs.input_ids))
    text = tokenizer.decode(inputs.input_ids[0])
    return outputs, again, text


def generate(tokenizer, model):
    """
    # CHECK-MESSAGES: :[[@LINE-1]]:5: warning: in a MindSpore example, tokenizer arrays reach the model as ms.Tensor [tokenizer-tensor-wrap]
    >>> import mindspore as ms
    >>> input_ids = tokenizer("Studies show", return_tensors="np").input_ids
    >>> outputs = model(input_ids=ms.Tensor(input_ids), decoder_input_ids=ms.Tensor(input_ids))
    """
    ids = tokenizer("Studies show", return_tensors="np").input_ids
    return model(ms.Tensor(ids), labels=ms.Tensor(ids))
    # CHECK-MESSAGES: :[[@LINE-1]]:18: warning: tokenizer arrays reach the model as ms.Tensor in MindSpore [tokenizer-tensor-wrap]
    # CHECK-MESSAGES: :[[@LINE-2]]:30: warning: tokenizer arrays reach the model as ms.Tensor in MindSpore [tokenizer-tensor-wrap]
