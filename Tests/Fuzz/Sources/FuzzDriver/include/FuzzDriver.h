#ifndef LEDE_FUZZ_DRIVER_H
#define LEDE_FUZZ_DRIVER_H

#include <stddef.h>
#include <stdint.h>

/// Runs libFuzzer (linked in by -sanitize=fuzzer) on `callback` with the command line's options.
/// SwiftPM renames an executable's `main`, so each fuzzer has a main.swift that calls this instead of
/// relying on libFuzzer's own `main`.
int lede_fuzz_run(int argc, char **argv, int (*callback)(const uint8_t *data, size_t size));

#endif
