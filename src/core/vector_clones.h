// Compiles a function three times, for x86-64-v4 (AVX-512), x86-64-v3 (AVX2) and the baseline the
// project builds for, and picks the widest the CPU has once at load time (GCC's target_clones, an
// ifunc). The binary still runs on any x86-64, and loops over small integer arrays (score vectors,
// hash lanes) run 2-4 times fewer instructions where the CPU allows.
//
// Only for integer code: every clone computes exactly the same values, so output never depends on
// the machine.
//
// Not under ThreadSanitizer: the ifunc resolvers run while the dynamic loader relocates the binary,
// before the sanitizer's runtime is set up, and crash there.
#pragma once

#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) && !defined(__SANITIZE_THREAD__)
#define FAULTLINE_VECTOR_CLONES __attribute__((target_clones("arch=x86-64-v4", "arch=x86-64-v3", "default")))
#else
#define FAULTLINE_VECTOR_CLONES
#endif
