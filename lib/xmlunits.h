/* Commune codes for export-xml: by name, and pre-July-2025 to today's.
 * A minimal stand-in until the shared units module lands. */
#ifndef LR_XMLUNITS_H
#define LR_XMLUNITS_H

#include <stddef.h>

#include "err.h"

/* The administrative units and/or the July 2025 commune map, in memory. */
typedef struct lr_xmlunits lr_xmlunits;

/* Load the units list (admin-units CSV: province_code, province_name,
 * district_code, district_name, commune_code, commune_name, commune_type)
 * and/or the commune map (commune-map CSV); either path may be NULL.
 * Returns NULL with err set on failure.  Free with lr_xmlunits_free(). */
lr_xmlunits *lr_xmlunits_load(const char *units, const char *map, lr_err *err);

/* The commune code of the commune named in address ("..., xã Mường Mươn,
 * huyện Mường Chà, tỉnh Điện Biên"); the district and province, when named,
 * narrow the search.  Returns a string owned by u, or NULL and why (n bytes)
 * says: not found, or ambiguous. */
const char *lr_xmlunits_by_name(lr_xmlunits *u, const char *address,
    char *why, size_t n);

/* Today's code of the pre-July-2025 commune code; a code the map does not
 * know is returned as is.  NULL, and why says so, when the old commune was
 * split among several (a clerk must choose). */
const char *lr_xmlunits_current(lr_xmlunits *u, const char *code, char *why,
    size_t n);

void lr_xmlunits_free(lr_xmlunits *u);

#endif
