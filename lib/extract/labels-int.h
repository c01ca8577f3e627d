/* Field extraction, private: labels and phrases found in the token stream
 * (labels.c; the scan for labels that stand, labelscan.c). */
#ifndef LR_LABELS_INT_H
#define LR_LABELS_INT_H

#include "data-int.h"
#include "tokens-int.h"

/* A label found in the tokens: tokens [a, b), with dist edits. */
typedef struct lr_hit {
	int lab, a, b, dist;
} lr_hit;

typedef struct lr_hits {
	lr_hit *v;
	int n;
	size_t cap;
} lr_hits;

/* Label occurrences over the whole token stream, left to right, longest
 * first; the small words (dates, units, terms, "tại") are left out: ask
 * lr_label_at() for those.  Free with free(h->v). */
int lr_labels_scan(const lr_xdata *s, const lr_toks *t, lr_hits *h);
/* Split a title run into the name after it ("ÔngHứaCôngLực": "Ông",
 * "HứaCôngLực") off as a token of its own, for every token of t: the
 * labels see the title, the name parser the name.  0, or -1 when out of
 * memory. */
int lr_titles_split(const lr_xdata *s, lr_toks *t);
/* Is token i (before end) a word OCR made of "số" before a number
 * ("Thửa sế 320"): "s" and one vowel, folded, then a token that starts
 * with a digit? */
int lr_misread_so(const lr_toks *t, int i, int end);
/* If a variant of label lab starts at token i (before end), return the
 * token after it (and the edit distance in *dist, may be NULL); else -1. */
int lr_label_at(const lr_xdata *s, const lr_toks *t, int i, int end, int lab,
    int *dist);
/* The best phrase of ph matching at token i: its index, the token after it
 * in *next; -1 when none.  Phrases may end inside a token when prefix. */
int lr_phrase_at(const lr_phrases *ph, const lr_toks *t, int i, int end,
    int *next, int *dist);
/* The first phrase of ph, in file order, that occurs at a token in [a, b):
 * its index, where in *at; -1 when none. */
int lr_phrase_find(const lr_phrases *ph, const lr_toks *t, int a, int b,
    int *at);
/* As lr_phrase_find(), for a phrase that starts by token last. */
int lr_phrase_find_by(const lr_phrases *ph, const lr_toks *t, int a, int b,
    int last, int *at);
/* A phrase of ph that text (folded) is the start of but not the whole:
 * its index, or -1. */
int lr_phrase_extends(const lr_phrases *ph, const char *text);
/* The last phrase of ph that text (folded) ends with ("Công an tỉnh Lai
 * Châu": Lai Châu): its index, or -1. */
int lr_phrase_ending(const lr_phrases *ph, const char *text);
/* The phrase of ph whose words text is within max edits of, and nearer
 * than to any other (compared folded, without spaces and punctuation;
 * ties broken by the vowel shapes, "hàng" before "hằng"); its index, or
 * -1. */
int lr_phrase_nearest(const lr_phrases *ph, const char *text, int max);
/* The edits a label or name of n folded letters may show and still match:
 * none up to 7 letters, 1 up to 12, else 2. */
int lr_label_tolerance(size_t n);

/* The first variant of label lab with its first letter upper-cased: the
 * form the extractor writes ("Lâu dài").  The caller frees it. */
char *lr_label_text(const lr_xdata *s, int lab);

#endif
