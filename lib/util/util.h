/* Utilities under every stage: error messages, SHA-256 content hashes,
 * the ordered work pool, tab-separated sheets and hash tables.
 * The public face of lib/util/: include this header, never its parts. */
#ifndef LR_UTIL_H
#define LR_UTIL_H

#include "err.h"
#include "array.h"
#include "sha256.h"
#include "pool.h"
#include "tsv.h"
#include "htab.h"

#endif
