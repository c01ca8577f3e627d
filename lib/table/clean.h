/* Cleaning the values of a register's cells: ID numbers Excel damaged,
 * birth years in their several forms, areas with Vietnamese separators or
 * in hectares, names.  Each cleaner says what it changed, so that the
 * original can be kept beside the value. */
#ifndef LR_CLEAN_H
#define LR_CLEAN_H

/* No one born after this year holds an ID: a century digit for a later
 * birth cannot be right. */
#define LR_ID_LAST_YEAR 2030

/* What lr_clean_id() found. */
enum lr_idread {
	LR_IDR_EMPTY = 0,	/* no ID */
	LR_IDR_OK,		/* 9 or 12 digits in out (*change says any repair) */
	LR_IDR_LOST,		/* scientific notation that lost digits */
	LR_IDR_BAD		/* not an ID: wrong length or impossible digits */
};

/* Read the ID in cell text s (number: the cell is stored as a number).
 * Spaces, dots and dashes are dropped; 1.1077001234E+10 is expanded when
 * every digit is there; an 11- or 8-digit number gets back the leading 0
 * Excel took (certain: every personal ID starts with 0).  *change is a
 * static word ("leading-zero", "scientific", "separators") or NULL. */
enum lr_idread lr_clean_id(const char *s, int number, char out[13],
    const char **change);

/* Read a birth year or date: "1975", "03/04/1975", "3-4-1975",
 * "1975-04-03", or an Excel date serial in a number cell.  Sets *year and,
 * for a full date, iso ("1975-04-03", else "").  Returns 1, 0 when s is
 * blank, -1 when it is none of these. */
int lr_clean_birth(const char *s, int number, int *year, char iso[11],
    const char **change);

/* Read an area in m²: "1.234,5", "1234.5", "0,5 ha", "250 m2"; ha: the
 * column is in hectares.  Returns 1, 0 when blank, -1 when unreadable. */
int lr_clean_area(const char *s, int number, int ha, double *area,
    const char **change);

/* s with the tone mark of a final oa, oe or uy on its first vowel, as
 * the older spelling writes it: "Hoà" -> "Hòa", "Thuỷ" -> "Thủy" ("Quý",
 * "Hoàng" unchanged).  A new NFC string, or NULL when s is not UTF-8. */
char *lr_clean_tones(const char *s);

/* A person's name with lr_clean_tones() in title case, NFC, single spaces, without the title
 * ("Ông", "Bà", "Hộ ông", "Hộ gia đình"); *household is set when the name
 * is a household's.  A new string, or NULL (not UTF-8, no memory). */
char *lr_clean_name(const char *s, int *household);

/* Split a cell that lists several people ("A và B", "A; B", one a line)
 * into at most max parts (new strings into out).  Returns how many. */
int lr_clean_split(const char *s, char **out, int max);

#endif
