// From HTML to the text a reader of the article sees.
//
// Menus, scripts, styles and page furniture (nav, header, footer, aside, forms, hidden elements)
// are left out. Paragraphs, headings, list items and other blocks are separated by a blank line so
// the sentence segmenter treats them as separate; <br> becomes a line break; runs of whitespace
// collapse to one space as a browser shows them (<pre> keeps its own).
#pragma once

#include <string>
#include <string_view>

namespace faultline {

struct HtmlArticle {
  std::string text;
  std::string title;   // og:title, else <title>
  std::string date;    // article:published_time, datePublished, or <time datetime>, normalised
  std::string url;     // og:url, else <link rel=canonical>
  std::string source;  // og:site_name
  bool has_body = false;  // the page had a <body> tag of its own, or content that implies one
};

// A whole page. The text comes from the page's largest <article>, else its <main>, else its body.
// html must be valid UTF-8.
void extract_html_article(std::string_view html, HtmlArticle& out);

// An HTML fragment (an RSS description, an Atom content element): all its visible text, appended
// to out.
void append_html_fragment_text(std::string_view html, std::string& out);

}  // namespace faultline
