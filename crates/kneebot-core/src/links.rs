//! Links the bot shows: the one check that a URL can sit in markdown as it is, and a video link at a moment.
//! At the bottom of the layers, so the knowledge checker, the config and the renderer agree.

/// Whether `url` can sit inside `[title](url)` and `<url>` as it is: one https:// link with none of the
/// characters that would end the link early and let the rest be read as markdown (spaces, quotes, brackets,
/// parentheses, backslashes, backticks, control characters), at most 500 characters.
pub fn is_plain_link(url: &str) -> bool {
    url.len() > "https://".len()
        && url.len() <= 500
        && url.starts_with("https://")
        && !url.chars().any(|c| {
            c.is_whitespace()
                || c.is_control()
                || matches!(
                    c,
                    '<' | '>' | '(' | ')' | '[' | ']' | '"' | '\'' | '`' | '\\' | '|'
                )
        })
}

/// `url` opened `seconds` in (YouTube's `t=` parameter), replacing any `t=` already there.
pub fn at_moment(url: &str, seconds: u32) -> String {
    let (base, fragment) = match url.split_once('#') {
        Some((base, fragment)) => (base, Some(fragment)),
        None => (url, None),
    };
    let (path, query) = base.split_once('?').unwrap_or((base, ""));
    let mut params: Vec<&str> = query
        .split('&')
        .filter(|p| !p.is_empty() && !p.starts_with("t="))
        .collect();
    let moment = format!("t={seconds}s");
    params.push(&moment);
    let mut out = format!("{path}?{}", params.join("&"));
    if let Some(fragment) = fragment {
        out.push('#');
        out.push_str(fragment);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_moment_is_added_or_replaced() {
        assert_eq!(
            at_moment("https://www.youtube.com/watch?v=abc", 83),
            "https://www.youtube.com/watch?v=abc&t=83s"
        );
        assert_eq!(
            at_moment("https://youtu.be/abc?t=5", 0),
            "https://youtu.be/abc?t=0s"
        );
        assert_eq!(
            at_moment("https://youtu.be/abc", 7),
            "https://youtu.be/abc?t=7s"
        );
        assert!(is_plain_link(&at_moment("https://youtu.be/abc", 7)));
    }

    #[test]
    fn plain_links_only() {
        assert!(is_plain_link("https://example.com/a?b=c&d=e"));
        for bad in [
            "http://example.com",
            "https://",
            "https://a b",
            "https://x/(y)",
            "javascript:x",
        ] {
            assert!(!is_plain_link(bad), "{bad}");
        }
    }
}
