#include "CPUCheck.h"

const char *lessonrun_missing_x86_64_v3_feature(void) {
#if defined(__x86_64__) && defined(LESSONRUN_X86_64_V3)
    __builtin_cpu_init();
    if (!__builtin_cpu_supports("avx")) return "AVX";
    if (!__builtin_cpu_supports("avx2")) return "AVX2";
    if (!__builtin_cpu_supports("fma")) return "FMA";
    if (!__builtin_cpu_supports("bmi")) return "BMI1";
    if (!__builtin_cpu_supports("bmi2")) return "BMI2";
    if (!__builtin_cpu_supports("f16c")) return "F16C";
    if (!__builtin_cpu_supports("movbe")) return "MOVBE";
    if (!__builtin_cpu_supports("lzcnt")) return "LZCNT";
#endif
    return 0;
}
