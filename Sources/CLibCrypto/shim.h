#ifndef LESSONRUN_CLIBCRYPTO_SHIM_H
#define LESSONRUN_CLIBCRYPTO_SHIM_H
// OpenSSL's libcrypto, for SHA-256 only (EVP_Digest with EVP_sha256).
#include <openssl/evp.h>
#endif
