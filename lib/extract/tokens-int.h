/* Field extraction, private: the token stream of a document (tokens.c). */
#ifndef LR_TOKENS_INT_H
#define LR_TOKENS_INT_H

#include "record/record.h"

/* The confidence of a word with a 6 put back (lr_x_six_of_o): low
 * enough that a field read from it goes to review. */
enum { LR_SIX_CONF = 30 };

/* OCR reads the figure 6 of some faces as ó, Ó, é or á ("1ó29",
 * "ó48,3", "0ó", "19é0", runs "0óó17"): in a number, put the 6 back (in
 * place, s shortened).  Returns how many were put back. */
int lr_x_six_of_o(char *s);

/* Token flags. */
enum {
	TOK_BOL = 1,		/* first token of its line */
	TOK_PUNCT = 2,		/* one punctuation character */
	TOK_UPPER = 4,		/* starts with an upper-case letter */
	TOK_DIGIT = 8,		/* starts with a digit */
	TOK_MARKED = 16,	/* has a letter with a Vietnamese mark */
	TOK_ALPHA = 32,		/* has a letter */
	TOK_REPAIRED = 64,	/* digits repaired: figures put back from the
				 * letters OCR reads for them (tokens.c) */
	TOK_DOUBT = 128		/* its word's figures were read two ways
				 * (lr_word.doubt) */
};

/* A word of the OCR output, or a piece of one split off at punctuation. */
typedef struct lr_tok {
	char *text;		/* NFC, as read */
	char *fold;		/* lr_ascii(text) */
	char *key;		/* fold without ():,.-/ for label matching */
	float conf;		/* 0..100 */
	int page;		/* 1-based page number */
	int line;		/* line index over the whole document */
	lr_block_kind kind;	/* the kind of block of its line */
	int x, y, w, h;
	unsigned flags;
	int fixed;		/* figures put back (lr_x_six_of_o); the
				 * token is TOK_REPAIRED when > 0 */
	int hand;		/* its word was written by hand */
} lr_tok;

typedef struct lr_toks {
	lr_tok *v;
	int n;
	size_t cap;
	int nlines;
} lr_toks;

/* Remove the characters ():,.-/ from s in place (label-matching form). */
void lr_fold_key(char *s);
/* The tokens of d; NULL when out of memory.  Free with lr_toks_free(). */
lr_toks *lr_toks_of(const lr_doc_words *d);
void lr_toks_free(lr_toks *t);
/* 1 when token i is the punctuation character c. */
int lr_tok_is(const lr_toks *t, int i, char c);
/* The index of the first token at or after i that is not in the punctuation
 * set skip (e.g. ":-"), or end. */
int lr_tok_skip(const lr_toks *t, int i, int end, const char *skip);
/* The index of the first token at or after i that is not ":-(" nor a
 * "." with more of its line after it (where a name after a label starts),
 * or end. */
int lr_tok_skip_to_name(const lr_toks *t, int i, int end);
/* The text of tokens [a, b) joined with spaces, no space before closing
 * punctuation; NULL when empty.  The caller frees it. */
char *lr_tok_join(const lr_toks *t, int a, int b);

/* 1 when token k is a speck OCR read: no letter nor digit, and none of
 * the marks text is written with (",;.:-()/"): "»", "'", "°*". */
int lr_tok_speck(const lr_tok *k);
/* The text of tokens [a, b) as lr_tok_join() makes it, but for the specks
 * (lr_tok_speck), counted in *specks; NULL when it is empty.  The caller
 * frees it. */
char *lr_tok_join_unspecked(const lr_toks *t, int a, int b, int *specks);
/* 1 when a token of [a, b) starts with a capital or a digit (a name or a
 * number), not only small words ("2 sử dụng": a header's second line;
 * "thuộc": no place). */
int lr_tok_named(const lr_toks *t, int a, int b);
/* 1 when token k may be the content of a table cell: a letter or a digit. */
int lr_tab_content(const lr_tok *k);
/* Split token i after its first n bytes into two tokens of the same line,
 * its box shared by their lengths: two words OCR ran together ("ÔngHứa").
 * 0, or -1 when n does not split it or out of memory. */
int lr_tok_split(lr_toks *t, int i, size_t n);

#endif
