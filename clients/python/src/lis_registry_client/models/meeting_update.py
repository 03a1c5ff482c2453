from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.convener import Convener
from ..models.meeting_format import MeetingFormat
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.agenda_item import AgendaItem





T = TypeVar("T", bound="MeetingUpdate")



@_attrs_define
class MeetingUpdate:
    """ A change to a scheduled meeting: the fields sent replace the stored ones; `null` clears
    `location` or `video_link`.

        Attributes:
            starts_at (datetime.datetime | None | Unset): When the meeting starts: RFC 3339 with an offset
                (`2026-06-30T09:00:00+02:00`); no offset is a 422.
            ends_at (datetime.datetime | None | Unset): When it ends, after it starts; RFC 3339 with an offset.
            format_ (MeetingFormat | None | Unset): `digital`, `physical` or `hybrid`.
            location (None | str | Unset): Where it takes place; `null` clears it.
            video_link (None | str | Unset): The https link to join; `null` clears it.
            regut_invited (bool | None | Unset): Whether RegUt is invited.
            convener (Convener | None | Unset): Who convenes.
            agenda (list[AgendaItem] | None | Unset): The whole agenda, replacing the stored one.
     """

    starts_at: datetime.datetime | None | Unset = UNSET
    ends_at: datetime.datetime | None | Unset = UNSET
    format_: MeetingFormat | None | Unset = UNSET
    location: None | str | Unset = UNSET
    video_link: None | str | Unset = UNSET
    regut_invited: bool | None | Unset = UNSET
    convener: Convener | None | Unset = UNSET
    agenda: list[AgendaItem] | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.agenda_item import AgendaItem # noqa: PLC0415
        starts_at: None | str | Unset
        if isinstance(self.starts_at, Unset):
            starts_at = UNSET
        elif isinstance(self.starts_at, datetime.datetime):
            starts_at = self.starts_at.isoformat()
        else:
            starts_at = self.starts_at

        ends_at: None | str | Unset
        if isinstance(self.ends_at, Unset):
            ends_at = UNSET
        elif isinstance(self.ends_at, datetime.datetime):
            ends_at = self.ends_at.isoformat()
        else:
            ends_at = self.ends_at

        format_: None | str | Unset
        if isinstance(self.format_, Unset):
            format_ = UNSET
        elif isinstance(self.format_, MeetingFormat):
            format_ = self.format_.value
        else:
            format_ = self.format_

        location: None | str | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        else:
            location = self.location

        video_link: None | str | Unset
        if isinstance(self.video_link, Unset):
            video_link = UNSET
        else:
            video_link = self.video_link

        regut_invited: bool | None | Unset
        if isinstance(self.regut_invited, Unset):
            regut_invited = UNSET
        else:
            regut_invited = self.regut_invited

        convener: None | str | Unset
        if isinstance(self.convener, Unset):
            convener = UNSET
        elif isinstance(self.convener, Convener):
            convener = self.convener.value
        else:
            convener = self.convener

        agenda: list[dict[str, Any]] | None | Unset
        if isinstance(self.agenda, Unset):
            agenda = UNSET
        elif isinstance(self.agenda, list):
            agenda = []
            for agenda_type_0_item_data in self.agenda:
                agenda_type_0_item = agenda_type_0_item_data.to_dict()
                agenda.append(agenda_type_0_item)


        else:
            agenda = self.agenda


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if starts_at is not UNSET:
            field_dict["starts_at"] = starts_at
        if ends_at is not UNSET:
            field_dict["ends_at"] = ends_at
        if format_ is not UNSET:
            field_dict["format"] = format_
        if location is not UNSET:
            field_dict["location"] = location
        if video_link is not UNSET:
            field_dict["video_link"] = video_link
        if regut_invited is not UNSET:
            field_dict["regut_invited"] = regut_invited
        if convener is not UNSET:
            field_dict["convener"] = convener
        if agenda is not UNSET:
            field_dict["agenda"] = agenda

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agenda_item import AgendaItem # noqa: PLC0415
        d = dict(src_dict)
        def _parse_starts_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                starts_at_type_0 = datetime.datetime.fromisoformat(data)



                return starts_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        starts_at = _parse_starts_at(d.pop("starts_at", UNSET))


        def _parse_ends_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ends_at_type_0 = datetime.datetime.fromisoformat(data)



                return ends_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        ends_at = _parse_ends_at(d.pop("ends_at", UNSET))


        def _parse_format_(data: object) -> MeetingFormat | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                format_type_0 = MeetingFormat(data)



                return format_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MeetingFormat | None | Unset, data)

        format_ = _parse_format_(d.pop("format", UNSET))


        def _parse_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        location = _parse_location(d.pop("location", UNSET))


        def _parse_video_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        video_link = _parse_video_link(d.pop("video_link", UNSET))


        def _parse_regut_invited(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        regut_invited = _parse_regut_invited(d.pop("regut_invited", UNSET))


        def _parse_convener(data: object) -> Convener | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                convener_type_0 = Convener(data)



                return convener_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Convener | None | Unset, data)

        convener = _parse_convener(d.pop("convener", UNSET))


        def _parse_agenda(data: object) -> list[AgendaItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                agenda_type_0 = []
                _agenda_type_0 = data
                for agenda_type_0_item_data in (_agenda_type_0):
                    agenda_type_0_item = AgendaItem.from_dict(agenda_type_0_item_data)



                    agenda_type_0.append(agenda_type_0_item)

                return agenda_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AgendaItem] | None | Unset, data)

        agenda = _parse_agenda(d.pop("agenda", UNSET))


        meeting_update = cls(
            starts_at=starts_at,
            ends_at=ends_at,
            format_=format_,
            location=location,
            video_link=video_link,
            regut_invited=regut_invited,
            convener=convener,
            agenda=agenda,
        )

        return meeting_update

