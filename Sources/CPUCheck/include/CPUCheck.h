#ifndef LESSONRUN_CPU_CHECK_H
#define LESSONRUN_CPU_CHECK_H

/// The first x86-64-v3 feature (AVX2 and its companions) that this CPU
/// lacks, as a display name, or a null pointer when it has them all or is
/// not an x86 CPU. The engine is compiled for that level on x86-64, so the
/// command line asks before running any engine code.
const char *lessonrun_missing_x86_64_v3_feature(void);

#endif
