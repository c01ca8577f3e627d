/* Enrichment (làm giàu dữ liệu): a matched owner record takes from its
 * citizen's registry entry what the document lacks, each value marked with
 * its source, and says where the two disagree. */
#ifndef LR_ENRICH_H
#define LR_ENRICH_H

#include <jansson.h>

#include "registry.h"

/* Drop from owner record j (modified in place) the values an earlier
 * lr_owner_enrich() took from the registry, as its "from" object names
 * them, and "from" itself: j then holds only what the document says. */
void lr_owner_unenrich(json_t *j);

/* Fill owner record j (modified in place) with what registry entry e says
 * and j lacks: "citizen_id", "birth_year" and "birth_date" (when the
 * document gives no other year), "gender", "address" (the current one).
 * Each value taken is named in j's "from" object ({"birth_year":
 * "registry"}); a value read from the document is never overwritten.
 * Where document and registry disagree (birth year or date, sex, ID
 * number), an item {"field": "birth_year", "reason": "registry says 1976,
 * document 1975"} (reasons start "registry ") is appended to disagree (borrowed); ID numbers are
 * never written in a reason.  Returns the number of values taken. */
int lr_owner_enrich(json_t *j, const lr_entry *e, json_t *disagree);

#endif
