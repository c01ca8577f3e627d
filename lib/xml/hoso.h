/* Building the HoSoXml exchange document of one decision record. */
#ifndef LR_HOSO_H
#define LR_HOSO_H

#include <jansson.h>
#include <libxml/tree.h>

#include "schema.h"
#include "text/text.h"

/* Builder flags. */
enum {
	LR_HOSO_REQUIRE_REVIEWED = 1,	/* a record with review items is refused */
	LR_HOSO_CURRENT_UNITS = 2	/* map pre-July-2025 communes to today's */
};

/* A builder; borrows the schema (for its code lists) and the units (may be
 * NULL) for its whole life.  One thread at a time: the documents it builds
 * share its dictionary of element names. */
typedef struct lr_hoso lr_hoso;

/* New builder; NULL when out of memory.  Free with lr_hoso_free(). */
lr_hoso *lr_hoso_new(lr_schema *schema, lr_units *units, int flags);

/* Build the HoSoXml of rec (borrowed).  Returns a new document the caller
 * frees with xmlFreeDoc() (before or after the builder, but not while it
 * builds another on another thread), or NULL when rec cannot make a valid
 * one: then one string per reason ("parcels[0].sheet: missing") is appended
 * to reasons. */
xmlDocPtr lr_hoso_build(lr_hoso *h, const json_t *rec, json_t *reasons);

/* Check the identity constraints of a HoSoXml in C, as the XSD's xs:key and
 * xs:keyref do: ids unique, references naming an entity of the document.
 * Returns 0, or -1 with one string per problem appended to reasons. */
int lr_hoso_check_ids(xmlDocPtr doc, json_t *reasons);

/* 1 when identity (lr_schema_identity() of an XSD) names exactly the
 * constraints lr_hoso_check_ids() checks, else 0. */
int lr_hoso_covers(const char *identity);

/* 1 when rec records land rights the land database takes; 0 for a
 * decision of kind "other" that names no land user (setting up a council
 * or a task force, approving prices).  An "other" decision with owners
 * (correcting a certificate) is a land record.  A paper of a dossier that
 * is neither a decision nor a certificate ("document_kind" submission,
 * form, fee-notice, letter, other) is not. */
int lr_hoso_is_land_record(const json_t *rec);

/* Free the builder (not what it borrows). */
void lr_hoso_free(lr_hoso *h);

#endif
