#pragma once
// Symbols of libpyconv that plugins and the tool may use. Everything is built with
// -fvisibility=hidden, so a class or function without PYCONV_API is private to the library.
#define PYCONV_API __attribute__((visibility("default")))
