#ifndef LESSONRUN_CPU_CHECK_H
#define LESSONRUN_CPU_CHECK_H

/// The first x86-64-v3 feature (AVX2 and its companions) that this CPU
/// lacks, as a display name, or a null pointer when it has them all, when
/// this build's engine does not need them (a baseline build), or on another
/// architecture. The command line asks before running any engine code; this
/// file is compiled for the baseline CPU and touches none.
const char *lessonrun_missing_x86_64_v3_feature(void);

#endif
