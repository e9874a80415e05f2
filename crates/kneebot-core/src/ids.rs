//! Typed ids for the things the knowledge numbers: a topic, a condition, a passage, a source, a red flag.
//! Each is the item's position in its list in `Knowledge`, wrapped so a topic's number cannot be used where
//! a passage's is meant; the compiler keeps them apart. The text ids (`"squats"`, `"source#3"`) stay at the
//! edges: files, JSON and question sets.

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(pub usize);

        impl $name {
            /// The position in its list.
            pub fn position(self) -> usize {
                self.0
            }

            /// Every id of a list of `len` items, in order.
            pub fn all(len: usize) -> impl Iterator<Item = $name> + Clone {
                (0..len).map($name)
            }
        }

        impl From<$name> for usize {
            fn from(id: $name) -> usize {
                id.0
            }
        }
    };
}

id_type!(
    /// A topic (an exercise family) in `Knowledge::topics`.
    TopicId
);
id_type!(
    /// A condition in `Knowledge::conditions`.
    ConditionId
);
id_type!(
    /// A passage in `Knowledge::passages`.
    PassageId
);
id_type!(
    /// A source (a video or article) in `Knowledge::sources`.
    SourceId
);
id_type!(
    /// A warning sign in the vocabulary's red flags.
    RedFlagId
);

/// Lets a list be indexed by its own id type only (`topics[topic_id]`), and never by another's.
#[macro_export]
#[doc(hidden)]
macro_rules! index_by_id {
    ($item:ty, $id:ty) => {
        impl std::ops::Index<$id> for [$item] {
            type Output = $item;
            fn index(&self, id: $id) -> &$item {
                &self[id.0]
            }
        }
        impl std::ops::Index<$id> for Vec<$item> {
            type Output = $item;
            fn index(&self, id: $id) -> &$item {
                &self[id.0]
            }
        }
    };
}
