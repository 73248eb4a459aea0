//! Entity ids of the IR (functions, blocks, values, locals, globals,
//! constants, modules) and the vector indexed by them.

/// Defines a `u32` newtype id and an index vector keyed by it.
macro_rules! entity_id {
    ($name:ident, $prefix:literal) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
        pub struct $name(pub u32);

        impl $name {
            pub fn index(self) -> usize {
                self.0 as usize
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, "{}{}", $prefix, self.0)
            }
        }

        impl From<usize> for $name {
            fn from(idx: usize) -> Self {
                $name(idx as u32)
            }
        }
    };
}

entity_id!(FuncId, "fn");
entity_id!(BlockId, "b");
entity_id!(ValueId, "v");
entity_id!(LocalId, "l");
entity_id!(GlobalId, "g");
entity_id!(ConstId, "k");
entity_id!(ModuleId, "m");

/// A vector indexed by an entity id.
#[derive(Clone, Debug)]
pub struct IndexVec<I, T> {
    pub items: Vec<T>,
    marker: std::marker::PhantomData<I>,
}

impl<I: From<usize> + Copy, T> IndexVec<I, T> {
    pub fn new() -> Self {
        IndexVec {
            items: Vec::new(),
            marker: std::marker::PhantomData,
        }
    }

    pub fn push(&mut self, item: T) -> I {
        self.items.push(item);
        I::from(self.items.len() - 1)
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = (I, &T)> {
        self.items
            .iter()
            .enumerate()
            .map(|(idx, item)| (I::from(idx), item))
    }
}

impl<I: From<usize> + Copy, T> Default for IndexVec<I, T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<I: Into<usize>, T> std::ops::Index<I> for IndexVec<I, T> {
    type Output = T;
    fn index(&self, idx: I) -> &T {
        &self.items[idx.into()]
    }
}

impl<I: Into<usize>, T> std::ops::IndexMut<I> for IndexVec<I, T> {
    fn index_mut(&mut self, idx: I) -> &mut T {
        &mut self.items[idx.into()]
    }
}

macro_rules! into_usize {
    ($($name:ident),*) => {$(
        impl From<$name> for usize {
            fn from(id: $name) -> usize {
                id.0 as usize
            }
        }
    )*};
}
into_usize!(
    FuncId, BlockId, ValueId, LocalId, GlobalId, ConstId, ModuleId
);
