package org.crosscheck.internal.parse;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.crosscheck.internal.text.ArabicText;

/**
 * What page furniture looks like: the vocabulary of share buttons, menus, section labels and widgets in English
 * and Arabic, "read also" and tag markers, source and credit lines. Used with position and shape rules in
 * {@link TextArticleReader}; a line is only dropped for its vocabulary when it is short.
 */
final class Furniture {

  private Furniture() {}

  /** Words that, on a short line, mark it as a widget, a button or a menu. Compared folded. */
  private static final Set<String> WIDGET_WORDS = Set.of(
      // English
      "share", "shares", "tweet", "print", "email", "e-mail", "whatsapp", "facebook", "twitter", "telegram",
      "instagram", "youtube", "linkedin", "reddit", "pinterest", "menu", "home", "login", "log", "sign",
      "subscribe", "newsletter", "advertisement", "advert", "ads", "sponsored", "cookie", "cookies", "logo",
      "placeholder", "dark", "mode", "search", "copyright", "©", "comments", "comment", "follow", "trending",
      "popular", "related", "recommended", "next", "previous", "prev", "back", "top", "skip", "toggle",
      "navigation", "arrow", "icon", "image", "photo", "video", "watch", "listen", "download", "app", "more",
      // Arabic (folded: alef variants unified, teh marbuta as heh, alef maqsura as yeh)
      "شارك", "مشاركه", "طباعه", "واتساب", "فيسبوك", "تويتر", "تليجرام", "تلغرام", "انستغرام", "يوتيوب", "القائمه",
      "الرئيسيه", "تسجيل", "الدخول", "اشترك", "اشتراك", "بقناتنا", "النشره", "اعلان", "اعلانات", "اعلاني", "تابع",
      "تابعونا", "تابعنا", "المزيد", "الاكثر", "قراءه", "مشاهده", "شاهد", "استمع", "تحميل", "التطبيق", "بحث",
      "الوضع", "الليلي", "صوره", "فيديو", "الاخبار", "مدار", "الساعه", "عاجل", "اخر", "ذات", "صله");

  /**
   * A line starting with one of these ends the article: what follows is another article or a list of links.
   * Matched on the folded line (lower case, Arabic letter variants unified, diacritics dropped).
   */
  private static final Pattern READ_ALSO = Pattern.compile(
      "^[\\p{Punct}\\s•·»«]*(?:read also|read more|see also|also read|related articles?|related stories"
      + "|related news|more on this|you may also like|recommended for you|more stories|اقرا ايضا|اقرا كذلك"
      + "|اقرا المزيد|شاهد ايضا|مواضيع ذات صله|اخبار ذات صله|قد يهمك|يهمك ايضا)(?![\\p{L}]).*");

  /** Tag lines: "كلمات دلالية: …", "Tags: …" (folded). */
  private static final Pattern TAGS = Pattern.compile(
      "^(?:tags|topics|keywords|filed under|كلمات دلاليه|كلمات دليليه|الكلمات الدلاليه|الوسوم|وسوم)\\s*[:：].*");

  /** Source lines: "المصدر: وكالة بغداد اليوم", "Source: Reuters". Group 1 is the outlet. */
  static final Pattern SOURCE = Pattern.compile(
      "^(?:source|sources|المصدر|المصادر|مصدر الخبر)\\s*[:：]\\s*(.{2,80})$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Credit lines under a headline: "بغداد اليوم- متابعة", "Reuters - Staff". Group 1 is the outlet. */
  static final Pattern CREDIT = Pattern.compile(
      "^(.{2,40}?)\\s*[-–—]\\s*(?:متابعة|متابعه|خاص|وكالات|staff|staff writer|wires|agencies)\\s*$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Date label lines: "تاريخ النشر:", "Published:", "Updated:". */
  static final Pattern DATE_LABEL = Pattern.compile(
      "^(?:تاريخ النشر|نشر في|تاريخ التحديث|آخر تحديث|اخر تحديث|published(?: on)?|updated(?: on)?|posted(?: on)?"
      + "|last updated)\\s*[:：]?",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  static boolean isReadAlso(String line) {
    return READ_ALSO.matcher(ArabicText.fold(line)).matches();
  }

  static boolean isTagLine(String line) {
    return TAGS.matcher(ArabicText.fold(line)).matches();
  }

  /** Whether a short line is made of widget vocabulary (most of its words are such words). */
  static boolean isWidget(String line) {
    String[] words = words(line);
    if (words.length == 0 || words.length > 6) {
      return false;
    }
    int hits = 0;
    for (String w : words) {
      if (WIDGET_WORDS.contains(w) || startsWithWidgetWord(w)) {
        hits++;
      }
    }
    return hits * 2 >= words.length;
  }

  /** "arrowالمزيد": a widget word glued to another. */
  private static boolean startsWithWidgetWord(String w) {
    if (w.length() < 6) {
      return false;
    }
    for (String p : new String[] {"arrow", "icon"}) {
      if (w.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  static String[] words(String line) {
    String f = ArabicText.fold(line).toLowerCase(Locale.ROOT);
    String[] raw = f.split("[^\\p{L}\\p{N}©@-]+");
    int n = 0;
    for (String w : raw) {
      if (!w.isEmpty()) {
        n++;
      }
    }
    String[] out = new String[n];
    int i = 0;
    for (String w : raw) {
      if (!w.isEmpty()) {
        out[i++] = w;
      }
    }
    return out;
  }
}
