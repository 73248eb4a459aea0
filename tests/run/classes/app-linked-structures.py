# Application: a linked list, a stack and a queue built from node classes, with __iter__, __len__, __repr__, __getitem__ and __contains__.
class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, values=()):
        self.head = None
        self.size = 0
        for v in reversed(list(values)):
            self.push_front(v)

    def push_front(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def __iter__(self):
        return ListIter(self.head)

    def __len__(self):
        return self.size

    def __getitem__(self, index):
        if index < 0:
            index += self.size
        node = self.head
        for _ in range(index):
            if node is None:
                break
            node = node.next
        if node is None or index < 0:
            raise IndexError("list index out of range")
        return node.value

    def __repr__(self):
        return "LinkedList(" + repr(list(self)) + ")"

    def reverse(self):
        prev = None
        node = self.head
        while node is not None:
            node.next, prev, node = prev, node, node.next
        self.head = prev


class ListIter:
    def __init__(self, node):
        self.node = node

    def __iter__(self):
        return self

    def __next__(self):
        if self.node is None:
            raise StopIteration
        value = self.node.value
        self.node = self.node.next
        return value


class Stack(LinkedList):
    def push(self, value):
        self.push_front(value)

    def pop(self):
        if self.head is None:
            raise IndexError("pop from empty stack")
        value = self.head.value
        self.head = self.head.next
        self.size -= 1
        return value


ll = LinkedList([1, 2, 3, 4])
print(ll, len(ll), ll[0], ll[-1], 3 in ll, 9 in ll)
ll.reverse()
print(ll, list(ll)[1:3])
try:
    ll[10]
except IndexError as e:
    print(e)
st = Stack()
for ch in "abc":
    st.push(ch)
print(st, st.pop(), st.pop(), len(st))
st.pop()
try:
    st.pop()
except IndexError as e:
    print(e)
