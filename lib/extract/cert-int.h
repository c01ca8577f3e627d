/* Field extraction, private: the certificate reader (cert.c, certline.c)
 * and what it shares with the page kinds. */
#ifndef LR_CERT_INT_H
#define LR_CERT_INT_H

#include <jansson.h>

#include "extract.h"

/* The loaded data files of x (extract.c). */
const struct lr_xdata *lr_x_xdata(const lr_extractor *x);

/* The certificates' data of x, schemas/certificates.tsv (extract.c). */
const struct lr_certdata *lr_x_certdata(const lr_extractor *x);

/* The administrative units x was made with, or NULL (extract.c). */
const lr_units *lr_x_units(const lr_extractor *x);

/* The fields of the land-use certificate whose pages are d (borrowed):
 * {"decision": null, "owners": [], "parcels": [], "house": null,
 * "certificate": {...}, "fields", "review"}, as lr_extract() gives a
 * decision's.  NULL with err set when out of memory. */
json_t *lr_x_certificate(const lr_extractor *x, const lr_doc_words *d,
    double review_below, lr_err *err);

/* The use form of v (the 2014 form's "Sử dụng riêng: 220,8 m²; Sử dụng
 * chung: Không m²", a table's "Riêng"): the one form held, as "Sử dụng
 * riêng" or "Sử dụng chung"; v itself when both or neither are.  v is
 * freed or returned; NULL when out of memory (certline.c: the reader and
 * its parcel table both ask). */
char *lr_x_use_form(char *v);

/* The parcel's ruled tables on the pages of d (certtable.c): the fields of
 * parcel (and its "purposes", when none were read) that the reader left
 * empty, with their confidence and box in fields.  Returns the area of
 * the table's total row ("Cộng"), 0 when none was read. */
double lr_x_cert_tables(const lr_extractor *x, const lr_doc_words *d,
    json_t *parcel, json_t *fields);

/* Word w, to its statement's end (";", ",", "."), as a number whose
 * figures OCR read in part as letters ("4o6", "s34", "16O3": o for 0, s
 * for 5): its figures into num (n bytes), the letters read as
 * lr_ocr_digit() reads them; the count of letters read so, or -1 when w
 * is no such number (another letter, no real digit) (cert.c). */
int lr_x_old_number(const char *w, char *num, size_t n);

/* 1 when text is only a certificate's serial ("BN 377758", "CĐ 515320"):
 * one or two capitals (Đ among them), a space or none, six to eight
 * digits. */
int lr_x_is_serial(const char *text);

/* The bytes of the capitals s begins with (a serial's letters, "Đ" two
 * bytes), their count in *letters. */
size_t lr_x_serial_letters(const char *s, int *letters);

/* text folded for matching labels: no marks, lower case, anything not a
 * letter or digit a space, runs of spaces one, trimmed.  A new string the
 * caller frees; NULL when not UTF-8 or out of memory. */
char *lr_x_fold(const char *text);

/* 1 when folded text holds folded phrase p from a word's start ("#"
 * stands for a number), the byte offset after it in *end (may be NULL);
 * else 0. */
int lr_x_find(const char *text, const char *p, size_t *end);

/* lr_extract_land_use(), and how sure the code is in *q (1; less when
 * it was repaired or its printed code and name disagree). */
int lr_x_land_use(const lr_extractor *x, const char *text, char code[4],
    double *q);

/* The unit list's names of every level, folded and spelt, to check the
 * units an address names (certunits.c). */
typedef struct lr_unitnames lr_unitnames;

/* The names of u's units (borrowed from u, which outlives the result):
 * a new lr_unitnames, freed with lr_x_unitnames_free(); NULL when out of
 * memory. */
lr_unitnames *lr_x_unitnames_new(const lr_units *u);
void lr_x_unitnames_free(lr_unitnames *t);

enum { LR_UNITS_OK, LR_UNITS_MARKS, LR_UNITS_UNLISTED };

/* How address a names its units (each part that begins with a type word:
 * "xã ", "huyện ", "thành phố ", "tỉnh " ...): LR_UNITS_OK when the list
 * holds each as written (the seat of a tone mark aside); LR_UNITS_MARKS
 * when one is listed only once marks are taken off ("Huề" for "Huế") or
 * a word's small "l" made a capital "I" ("la Dêr" for "Ia Dêr"), the
 * address with the listed names in *mended (new; the part's own type
 * words kept); LR_UNITS_UNLISTED when the list does not hold one at all.
 * *mended is NULL but for LR_UNITS_MARKS. */
int lr_x_address_units(const lr_unitnames *t, const char *a, char **mended);

/* The day a purpose's term ends ("Đến ngày 01/07/2064"; "Đến năm 2052":
 * its last day) into *y, *m, *d, *whole set when nothing follows it:
 * 0, or -1 when term is no such term ("Lâu dài") (certorder.c). */
int lr_x_term_end(const char *term, int *y, int *m, int *d, int *whole);

/* A value that breaks the order a certificate's dates keep: its field's
 * path, the path of the value it disagrees with ("" none) and why (a
 * static string). */
typedef struct lr_cert_doubt {
	char field[64];
	char also[32];
	const char *reason;
} lr_cert_doubt;

/* The values of certificate cert (its JSON, borrowed) that break the
 * order of its dates: an owner born after the date of issue, a purpose's
 * term ending before it, a register entry dated before it.  Into out
 * (room for max); returns how many (certorder.c). */
int lr_x_cert_order(const json_t *cert, lr_cert_doubt *out, int max);

#endif
