/* Content hashes of files (SHA-256, from nettle). */
#ifndef LR_SHA256_H
#define LR_SHA256_H

#include <stddef.h>
#include <stdint.h>

#include "err.h"

/* An incremental SHA-256. */
typedef struct lr_sha256 lr_sha256;

/* New hash state; NULL when out of memory.  Free with lr_sha256_free(). */
lr_sha256 *lr_sha256_new(void);
void lr_sha256_add(lr_sha256 *h, const void *buf, size_t len);
/* Write the 64 hex digits and a NUL to hex; the state starts over. */
void lr_sha256_hex(lr_sha256 *h, char hex[65]);
void lr_sha256_free(lr_sha256 *h);

/* Hash the file at path into hex, its size into *bytes; if also is not NULL
 * the file's bytes are added to it too.  Returns 0, or -1 with err set. */
int lr_sha256_file(const char *path, char hex[65], uint64_t *bytes,
    lr_sha256 *also, lr_err *err);

#endif
