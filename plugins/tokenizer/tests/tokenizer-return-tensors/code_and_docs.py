def run(tokenizer, model, prompt):
    """Runs the model.
    # CHECK-MESSAGES: :[[@LINE-1]]:5: warning: a docstring example asks the tokenizer for PyTorch tensors; MindSpore examples use "np" [tokenizer-return-tensors]

    Example:

    ```python
    >>> inputs = tokenizer("Hello", return_tensors="pt")
    >>> outputs = model(**inputs)
    >>> batch = tokenizer(
    ...     ["a", "b"], padding=True, return_tensors='pt'
    ... )
    ```

    Outside an example, return_tensors="pt" is prose and stays.
    """
    inputs = tokenizer(prompt, return_tensors="pt")
    # CHECK-MESSAGES: :[[@LINE-1]]:48: warning: MindSpore code takes NumPy arrays from tokenizers: return_tensors="np" [tokenizer-return-tensors]
    other = tokenizer(prompt, return_tensors="tf")
    return model(**inputs), other
