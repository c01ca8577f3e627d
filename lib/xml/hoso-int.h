/* Private to the HoSoXml builder (hoso*.c): the state of one build and the
 * field helpers that turn record values into elements. */
#ifndef LR_HOSO_INT_H
#define LR_HOSO_INT_H

#include "hoso.h"

struct lr_hoso {
	lr_schema *schema;
	lr_units *units;
	int flags;
	xmlDictPtr dict;	/* element names, shared by the documents built */
};

/* One record being built. */
struct lr_hoso_b {
	lr_hoso *h;
	json_t *reasons;	/* why the record is refused */
	char where[48];		/* the record part being read: "owners[1]" */
	int map_units;		/* map commune codes to today's */
	enum lr_era era;	/* of the decision: which units its names mean */
};

/* Required or optional field; a whole number (lr_hoso_number). */
enum { LR_HOSO_OPT = 0, LR_HOSO_REQ = 1, LR_HOSO_WHOLE = 2 };

/* Refuse the record: "where.key: message" goes to b->reasons. */
void lr_hoso_why(struct lr_hoso_b *b, const char *key, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Point b->where at "part[i]" (i < 0: "part"). */
void lr_hoso_at(struct lr_hoso_b *b, const char *part, long i);

/* The string at o.key, or NULL when absent, null or empty; a value of
 * another type or with characters XML cannot carry is refused. */
const char *lr_hoso_str(struct lr_hoso_b *b, const json_t *o, const char *key);

/* New child name of parent with text value (escaped on output); nothing
 * when value is NULL.  Returns the child or NULL. */
xmlNodePtr lr_hoso_put(xmlNodePtr parent, const char *name, const char *value);

/* Child name holding "PREFIX<i+1>", a reference between entities. */
void lr_hoso_ref(xmlNodePtr parent, const char *name, const char *prefix, long i);

/* Child name from the string o.key; refused when missing and required. */
void lr_hoso_text(struct lr_hoso_b *b, xmlNodePtr parent, const char *name,
    const json_t *o, const char *key, int required);

/* Child name dd/MM/yyyy from the ISO date o.key. */
void lr_hoso_date(struct lr_hoso_b *b, xmlNodePtr parent, const char *name,
    const json_t *o, const char *key, int required);

/* Child name from the number at o.key: with LR_HOSO_WHOLE a whole number (a JSON
 * integer or digits), else a positive decimal; LR_HOSO_REQ: refused if missing. */
void lr_hoso_number(struct lr_hoso_b *b, xmlNodePtr parent, const char *name,
    const json_t *o, const char *key, int how);

/* Child name from the code at o.key, which must be in the XSD's type. */
void lr_hoso_code(struct lr_hoso_b *b, xmlNodePtr parent, const char *name,
    const json_t *o, const char *key, const char *type);

/* The index at o.key if it is an integer in [0, n), else -1; any other
 * non-null value is refused. */
long lr_hoso_index(struct lr_hoso_b *b, const json_t *o, const char *key, size_t n);

/* Child maXa of parent from o.commune_code, or found from o.address by the
 * builder's units, then mapped to today's commune if asked; refused when
 * there is none and it is required. */
void lr_hoso_commune(struct lr_hoso_b *b, xmlNodePtr parent, const json_t *o, int required);

/* Add container box to parent, then for each item of list call fn with
 * b->where at "part[i]"; an item that is not an object is refused.
 * Returns the box. */
xmlNodePtr lr_hoso_each(struct lr_hoso_b *b, xmlNodePtr parent, const char *box,
    const char *part, const json_t *list,
    void (*fn)(struct lr_hoso_b *, xmlNodePtr, const json_t *, long));

/* Of a certificate's record (hoso-cert.c): a new record whose owners,
 * parcels and house are the certificate's, or NULL when rec holds none. */
json_t *lr_hoso_cert_view(const json_t *rec);

/* ThongTinGiayChungNhan of rec's certificate, if any, on root. */
void lr_hoso_certificate(struct lr_hoso_b *b, xmlNodePtr root,
    const json_t *rec);

/* The rights on root evidenced by rec's certificate, if any: name it. */
void lr_hoso_cert_rights(xmlNodePtr root, const json_t *rec);

/* Add the owners (ThongTinChu) of rec to root. */
void lr_hoso_owners(struct lr_hoso_b *b, xmlNodePtr root, const json_t *owners);

#endif
