"""Re-exports lib's functions under other names."""
from lib import triple as thrice, count_up
