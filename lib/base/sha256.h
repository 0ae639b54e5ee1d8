/* SPDX-License-Identifier: Apache-2.0 */
/* SHA-256 (FIPS 180-4), for the audit hash of a rule set. Small and
 * dependency-free; not meant for secrets (no constant-time claims). */
#ifndef CLAS_LIB_SHA256_H
#define CLAS_LIB_SHA256_H

#include <stddef.h>
#include <stdint.h>

#define CLAS_SHA256_DIGEST 32

typedef struct clas__sha256 {
    uint32_t state[8];
    uint64_t length;        /* bytes hashed so far */
    unsigned char block[64];
    size_t used;            /* bytes waiting in block */
} clas__sha256;

void clas__sha256_init(clas__sha256 *ctx);
void clas__sha256_update(clas__sha256 *ctx, const void *data, size_t len);
void clas__sha256_final(clas__sha256 *ctx, unsigned char digest[CLAS_SHA256_DIGEST]);
/* Lowercase hex of a digest: 64 characters and a NUL. */
void clas__sha256_hex(char hex[2 * CLAS_SHA256_DIGEST + 1], const unsigned char digest[CLAS_SHA256_DIGEST]);

#endif
