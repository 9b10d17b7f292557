//! One shared copy of what many candidates repeat.
//!
//! A corpus names the same places and people, quotes the same words and
//! writes the same phrases ("three hours", "Anchorage") thousands of times,
//! and every candidate is kept until judging. Candidates made on one thread
//! share one `Arc` per distinct text or quote, so the memory they hold grows
//! with what was said differently, not with how often it was said.

use std::cell::RefCell;
use std::collections::HashSet;
use std::hash::Hash;
use std::sync::Arc;

use super::QuoteValue;

/// A thread forgets what it has shared past this many distinct values (what
/// it handed out stays valid; later copies are just not shared with it), so
/// a corpus of all-different text costs no unbounded table.
const LIMIT: usize = 1 << 16;

thread_local! {
    static TEXTS: RefCell<HashSet<Arc<str>>> = RefCell::new(HashSet::new());
    static QUOTES: RefCell<HashSet<Arc<QuoteValue>>> = RefCell::new(HashSet::new());
}

/// The shared copy of `text` on this thread.
pub(crate) fn text(text: &str) -> Arc<str> {
    TEXTS.with(|set| shared(&mut set.borrow_mut(), text, |t| Arc::from(t)))
}

/// The shared copy of `quote` on this thread.
pub(crate) fn quote(quote: QuoteValue) -> Arc<QuoteValue> {
    QUOTES.with(|set| shared(&mut set.borrow_mut(), &quote, |q| Arc::new(q.clone())))
}

fn shared<T: ?Sized + Hash + Eq>(
    set: &mut HashSet<Arc<T>>,
    value: &T,
    make: impl FnOnce(&T) -> Arc<T>,
) -> Arc<T> {
    if let Some(found) = set.get(value) {
        return found.clone();
    }
    if set.len() >= LIMIT {
        set.clear();
    }
    let made = make(value);
    set.insert(made.clone());
    made
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::QuoteFit;

    #[test]
    fn equal_values_share_one_copy() {
        assert!(Arc::ptr_eq(&text("three hours"), &text("three hours")));
        assert!(!Arc::ptr_eq(&text("three hours"), &text("two hours")));
        let q = |w: &str| QuoteValue {
            words: vec![w.to_string()],
            fit: QuoteFit::Unjudged,
        };
        assert!(Arc::ptr_eq(&quote(q("deal")), &quote(q("deal"))));
        assert_eq!(*quote(q("moscow")), q("moscow"));
    }
}
