/* Field extraction, private: the typed value parsers (parse.c,
 * parse-text.c) and the mending of personal names (name.c). */
#ifndef LR_PARSE_INT_H
#define LR_PARSE_INT_H

#include "labels-int.h"

/* What a value parser found: the value's tokens [a, b) and how sure the
 * reading is (1: clean; lower for repairs and ambiguity). */
typedef struct lr_span {
	int a, b;
	double q;
	const char *why;	/* reason for q < 1, static; or NULL */
} lr_span;

/* 1 when y-m-d is a day of the calendar, its year from the data's first
 * to the latest term end; else 0. */
int lr_parse_valid_date(const lr_xdata *s, int y, int m, int d);

/* The value of text as a Roman numeral in capitals from I to XXIX (an
 * article's number, "Điều II"), with stops after it ("I:", "I_"), else
 * 0; a lone "l" or "|" is OCR's reading of "1" or "I": 1. */
int lr_parse_roman(const char *text);

/* Value parsers.  Each reads the tokens from i (before end) and returns 0
 * with *sp set, or -1 when no value of its type starts there.  Strings
 * returned through char ** are the caller's to free.  In turn: a
 * decision's number ("245/2019/QĐ-UBND") into out (n bytes); a date's
 * year, month and day; a year; a whole number's figures into out (n
 * bytes); an area in m²; a number written in words; a land use's code; a
 * term of use (its text, and its end's date when it has one). */
int lr_parse_decnum(const lr_xdata *s, const lr_toks *t, int i, int end,
    char *out, size_t n, lr_span *sp);
int lr_parse_date(const lr_xdata *s, const lr_toks *t, int i, int end,
    int ymd[3], lr_span *sp);
int lr_parse_year(const lr_xdata *s, const lr_toks *t, int i, int end,
    int *year, lr_span *sp);
int lr_parse_int(const lr_xdata *s, const lr_toks *t, int i, int end,
    char *out, size_t n, lr_span *sp);
int lr_parse_area(const lr_xdata *s, const lr_toks *t, int i, int end,
    double *m2, lr_span *sp);
int lr_parse_words_number(const lr_xdata *s, const lr_toks *t, int i,
    int end, double *v, lr_span *sp);
int lr_parse_landuse(const lr_xdata *s, const lr_toks *t, int i, int end,
    char code[4], lr_span *sp);
int lr_parse_term(const lr_xdata *s, const lr_toks *t, int i, int end,
    char **term, int end_ymd[3], lr_span *sp);
/* The ID number (9 or 12 digits) from token i into out: 0 with *sp set
 * (doubted for lr_why_id_fixed when figures were repaired: letters OCR
 * reads for them, lr_id_read's and lr_x_six_of_o's), -1 when there is
 * none, or LR_ID_REFUSED when LR_ID_FIXED_MAX or more of its figures were
 * repaired: such an ID is more often wrong than right (in the bench
 * cache's OCR texts of families 1-13 and certs 1-10, every one of 5 IDs
 * read with one or two repaired figures was right, 1 of 3 with three), so
 * the caller gives no value and reviews it for lr_why_id_refused. */
int lr_parse_id(const lr_xdata *s, const lr_toks *t, int i, int end,
    char out[13], lr_span *sp);
enum { LR_ID_REFUSED = -2, LR_ID_FIXED_MAX = 3 };
extern const char lr_why_id_fixed[];
extern const char lr_why_id_refused[];
/* The one rule for an ID read with fixed of its figures repaired, wherever
 * IDs are read (a decision's text, a table's cell, a certificate's line):
 * LR_ID_REFUSED when LR_ID_FIXED_MAX or more (no value; the owner's ID
 * reviewed for lr_why_id_refused), 1 when some (the value kept, doubted
 * for lr_why_id_fixed), 0 when none. */
int lr_id_repairs(int fixed);
int lr_parse_name(const lr_xdata *s, const lr_toks *t, int i, int end,
    char **name, lr_span *sp);
/* The reason lr_parse_name gives for a doubtful mark on a capital: a doubt
 * about the name's spelling only, not its sex nor its table row. */
extern const char lr_why_cap_mark[];
/* Free text up to a terminator (";", a sentence end, a line break not after
 * a comma, or end); stop also at "," when stop_comma. */
int lr_parse_text(const lr_toks *t, int i, int end, int stop_comma,
    char **text, lr_span *sp);
/* Free text with its first letter upper-cased (an origin); doubted when
 * it shows a capital OCR made inside its words in small letters. */
int lr_parse_sentence(const lr_xdata *s, const lr_toks *t, int i, int end,
    char **text, lr_span *sp);
/* An address: free text that ends also after the name of its last unit. */
int lr_parse_address(const lr_xdata *s, const lr_toks *t, int i, int end,
    char **text, lr_span *sp);

/* The personal name raw (as joined from tokens) mended of OCR damage:
 * syllables run together split, hyphens made spaces, title case, a surname
 * one letter off a single known one repaired.  *q is 1, or name_damaged
 * with the reason in *why when the name shows damage (a common middle
 * name with misread marks among it) or an unknown surname.  NULL when out of memory; the caller frees it. */
char *lr_x_name_fix(const lr_xdata *s, const char *raw, double *q,
    const char **why);
/* Is word a name whose syllables OCR glued together: letters alone, a
 * capital first and another after a small letter ("VàngThịPả", "LỳAPáo";
 * lr_x_name_fix() splits them)? */
int lr_x_name_glued(const char *word);
/* 1 when word starts with a capital vowel bearing a Vietnamese mark ("Ứ",
 * "Ỏ"): marks squeezed above a capital are often misread in OCR. */
int lr_x_cap_marked(const char *word);
/* name, of a person of sex ('M' or 'F', from ông/bà), with a middle
 * syllable that is a middle name of that sex with its marks misread
 * ("Nguyễn Vẫn Hiếu" of a man) written as that name ("Văn"): a new string
 * the caller frees; NULL when there is none (or out of memory). */
char *lr_x_middle_fix(const lr_xdata *s, const char *name, int sex);
/* 'M' or 'F' when a middle syllable of name says so ("Văn", "Thị"); 0. */
int lr_x_name_sex(const lr_xdata *s, const char *name);
/* The digit an OCR'd character in a number most likely is (counting the
 * repairs in *repaired), or -1. */
int lr_ocr_digit(char c, int *repaired);
/* Is word a number with some of its digits misread as the letters OCR
 * confuses with them ("I1", "2O"), mostly real digits? */
int lr_x_misread_number(const char *word);

/* In place: each word of s that is a number set in old-style figures,
 * whose figures OCR reads as letters ("os/os/+o48", "3io,8"), written in
 * figures (its length kept).  Returns the words mended. */
int lr_x_old_figures(char *s);

/* v, the slot of an ID number, in old-style figures OCR reads as letters
 * and signs ("tzos+44s!" for 120524451, "§" for 8, "¡" for 1): its 9 or
 * 12 figures into out, to the first ";" or ","; 0 when it is no such
 * number. */
int lr_x_old_id(const char *v, char out[13]);

/* Read a Vietnamese-style number ("1.230,5", "5319.5", "12") from s.
 * Returns the bytes read (0: none); *ambiguous is set when the separators
 * allow two readings. */
size_t lr_read_vnnum(const char *s, double *v, int *ambiguous);

#endif
