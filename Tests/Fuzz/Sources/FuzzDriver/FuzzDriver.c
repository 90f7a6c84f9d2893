#include "FuzzDriver.h"

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

static int (*current)(const uint8_t *data, size_t size);

/// libFuzzer's own objects (linked whole) name this entry; it runs the fuzzer's closure.
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    return current ? current(data, size) : 0;
}

int lede_fuzz_run(int argc, char **argv, int (*callback)(const uint8_t *data, size_t size)) {
    current = callback;
    return LLVMFuzzerRunDriver(&argc, &argv, LLVMFuzzerTestOneInput);
}
