"""Where things are, and who organises them."""

from __future__ import annotations

import attrs

from cadretrain.model import _validators as v
from cadretrain.model.enums import AdminLevel, OrganiserKind

__all__ = ["Organiser", "Place"]


@attrs.frozen(kw_only=True)
class Place:
    """An address from province down to village; only the province is required.

    >>> Place(province="湖南省", prefecture="湘西州", county="花垣县", village="十八洞村").display()
    '湖南省湘西州花垣县十八洞村'
    """

    province: str = attrs.field(validator=v.text)
    prefecture: str = attrs.field(default="", validator=v.any_text)
    county: str = attrs.field(default="", validator=v.any_text)
    township: str = attrs.field(default="", validator=v.any_text)
    village: str = attrs.field(default="", validator=v.any_text)

    def display(self) -> str:
        """The place as one Chinese address string."""
        return "".join((self.province, self.prefecture, self.county, self.township, self.village))


@attrs.frozen(kw_only=True)
class Organiser:
    """A body that organises a programme: an organisation department, a party school, an SOE."""

    name: str = attrs.field(validator=v.text)
    kind: OrganiserKind = attrs.field(validator=v.member(OrganiserKind))
    level: AdminLevel = attrs.field(validator=v.member(AdminLevel))
