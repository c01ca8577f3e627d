/* Personal ID numbers: the 12-digit personal ID (CCCD / số định danh cá
 * nhân, PPP G YY RRRRRR) and the old 9-digit CMND. */
#ifndef LR_IDNUM_H
#define LR_IDNUM_H

#include <stddef.h>

/* What lr_id_read() found. */
enum lr_id_kind { LR_ID_BAD = 0, LR_ID_CMND = 9, LR_ID_CCCD = 12 };

/* Read an ID as printed or OCR'd: drop spaces, dots and dashes, repair the
 * usual OCR confusions in digits (O o D Q U -> 0, l I i | ! -> 1, Z z -> 2,
 * S s -> 5, G b -> 6, B -> 8, g q -> 9) and write the 9 or 12 digits with a
 * NUL to out (at least 13 bytes).  *repairs counts the characters changed.
 * Returns the kind, or LR_ID_BAD when no 9- or 12-digit number results. */
enum lr_id_kind lr_id_read(const char *s, char out[13], int *repairs);

/* The parts of a 12-digit personal ID. */
typedef struct lr_id_parts {
	int province;		/* birth-registration province, 1..96 */
	int sex;		/* 'M' or 'F' */
	int year;		/* full birth year from the century digit and YY */
} lr_id_parts;

/* Split a 12-digit ID into its parts.  Returns 0, or -1 when it is not 12
 * digits or the province prefix is impossible. */
int lr_id_parts_of(const char *id, lr_id_parts *p);

/* Disagreements of a 12-digit ID with what the document says. */
enum { LR_ID_YEAR_DIFFERS = 1, LR_ID_SEX_DIFFERS = 2, LR_ID_MALFORMED = 4 };

/* Check id against birth_year (0: unknown) and sex ('M', 'F', or 0:
 * unknown).  Returns a mask of LR_ID_* disagreements; 0 when consistent. */
int lr_id_check(const char *id, int birth_year, int sex);

/* The ID masked for diagnostics: first three and last three digits kept,
 * "011******234".  Writes at most n bytes with a NUL. */
void lr_id_mask(const char *id, char *out, size_t n);

/* An ID number as diagnostics show it: id itself when show, else masked
 * into buf (n bytes) as lr_id_mask() does.  Returns id or buf. */
const char *lr_id_shown(const char *id, int show, char *buf, size_t n);

#endif
