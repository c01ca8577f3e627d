/* Vietnamese text: NFC, case and tone folding, word splitting (utf8proc). */
#ifndef LR_VNTEXT_H
#define LR_VNTEXT_H

#include <stddef.h>
#include <stdint.h>

/* All functions return a new NUL-terminated string the caller frees, or NULL
 * when the input is not valid UTF-8 (or memory ran out). */

/* NFC form of s. */
char *lr_nfc(const char *s);

/* In place: the eth Ð, ð (U+00D0, U+00F0), which Vietnamese never writes
 * and OCR reads for Đ, đ, put back as Đ, đ; an eth beside a Đ or đ is the
 * same letter read twice ("QĐÐ-UB", "ÐĐun") and is dropped.  s shrinks or
 * keeps its length; returns s. */
char *lr_eth_fix(char *s);

/* The area unit m² that OCR reads as "m" and one other glyph for the
 * small raised 2 ("m2", "m?", "m3", "mỶ", "m”", "m°", "m'") put back:
 * after a number (and a space or not) and before no letter nor digit
 * ("838,8 m2;" -> "838,8 m²"); "m" alone, "m," and a word are left.  A
 * full stop before the number's last one or two digits is its decimal
 * comma ("104.6 m°" -> "104,6 m²").  Takes s (freed); returns the new
 * string, NULL when out of memory. */
char *lr_area_unit_fix(char *s);

/* Lower case (case-folded), NFC, tone marks kept: "Hòa" -> "hòa". */
char *lr_lower(const char *s);

/* Lower case with the five tone marks removed but vowel shapes kept (ă â ê ô
 * ơ ư đ; ð read as đ): "Nguyễn" -> "nguyên".  Unifies "Hoà"/"Hòa". */
char *lr_toneless(const char *s);

/* The spelling of s without regard to case or where a tone mark sits: lower
 * case without tone marks (as lr_toneless), each space-separated syllable
 * followed by the digit of its tone when it has one: "Hoà" and "hòa" ->
 * "hoa1", "Ảng" -> "ăng4".  Two words spell alike when their keys are
 * equal. */
char *lr_tonekey(const char *s);

/* Lower-case ASCII skeleton: every mark removed, đ (and ð, which OCR reads
 * for it) -> d: "Đặng" -> "dang". */
char *lr_ascii(const char *s);

/* Title case each space-separated syllable and each part of a hyphened
 * name, NFC, runs of white space folded to one space and trimmed:
 * "giàng  a PÁO" -> "Giàng A Páo", "PHAN RANG-THÁP CHÀM" -> "Phan
 * Rang-Tháp Chàm". */
char *lr_title(const char *s);

/* How the letters of s are written. */
enum lr_case {
	LR_CASE_SMALL,		/* no capital ("mường", and "2025") */
	LR_CASE_TITLE,		/* the first letter only ("Mường") */
	LR_CASE_CAPS,		/* capitals only ("MƯỜNG", "QĐ") */
	LR_CASE_ODD		/* a mix no word is written in ("MƯỜng", "cÔt") */
};

/* How the letters of s are written: an enum lr_case. */
int lr_case_of(const char *s);

/* s in the case of model: capitals when model is written in capitals, the
 * first letter a capital when model's is (title or odd), else small.
 * "ủy" as "ÚY" -> "ỦY", as "Úy" -> "Ủy", as "MƯỜng" -> "Mường". */
char *lr_case_as(const char *s, const char *model);

/* 1 when code point c is a letter, a mark or a digit; else 0. */
int lr_alnum(int32_t c);

/* The number of letters and digits in s (UTF-8; stops at invalid bytes). */
int lr_alnums(const char *s);

/* 1 when s is valid UTF-8 of n bytes with no control characters other than
 * tab, newline and carriage return; else 0. */
int lr_utf8_clean(const char *s, size_t n);

/* Levenshtein distance of bytes a and b, or max + 1 when it exceeds max
 * (or either is longer than 96 bytes). */
int lr_edit_distance(const char *a, const char *b, int max);
/* The letters where folded k and p, of one length, differ when each is an
 * 'a' of p that OCR read as 'o' or 'u' in k (a font's one-storey 'a':
 * "ngoy" for "ngay", "ton hoo" for "tan hoa"); -1 when another letter
 * differs or the lengths do. */
int lr_a_misread(const char *k, const char *p);
/* As lr_a_misread(), on words in small letters without tone marks that
 * keep their vowels' shapes (lr_toneless): an a, ă or â of p read as o, ô,
 * ơ, u or ư in k, or an â read as ê under its circumflex ("đết" for
 * "đất"), not a plain a as ê ("thuê" is no "thửa"). */
int lr_a_misread_shaped(const char *k, const char *p);
/* As lr_a_misread_shaped(), for a face whose a has one storey: an a of p
 * read as o or ơ in k, or an â as ô ("phơn" for "phan"), nothing else. */
int lr_a_one_storey(const char *k, const char *p);
/* A copy of s with its first letter upper-cased; NULL when s is NULL or not
 * UTF-8.  The caller frees it. */
char *lr_sentence_case(const char *s);

#endif
