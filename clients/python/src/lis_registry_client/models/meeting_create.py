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
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.agenda_item import AgendaItem





T = TypeVar("T", bound="MeetingCreate")



@_attrs_define
class MeetingCreate:
    """ A meeting to schedule. `format` defaults to `digital` where MEETING-DIGITAL-DEFAULT applies
    (Helse Sør-Øst, the inter-regional councils), else `physical`; `convener` to the one the council's
    mandate names.

        Attributes:
            starts_at (datetime.datetime): When the meeting starts: RFC 3339 with an offset (`2026-06-30T09:00:00+02:00`);
                no offset is a 422.
            ends_at (datetime.datetime): When it ends, after it starts; RFC 3339 with an offset.
            format_ (MeetingFormat | None | Unset): `digital`, `physical` or `hybrid`.
            location (None | str | Unset): Where it takes place (physical or hybrid).
            video_link (None | str | Unset): The https link to join (digital or hybrid).
            regut_invited (bool | Unset): Whether RegUt is invited (HN-REGUT-ANNUAL). Default: False.
            convener (Convener | None | Unset): Who convenes: `regut`, `leader` or `coordinator`.
            agenda (list[AgendaItem] | Unset): The agenda's items, in order.
            invited_councils (list[UUID] | None | Unset): Ids of the bodies of the same region whose members are invited.
                Default: those the mandate invites, i.e. the regional forum for LIS education to a strategic council's meeting
                (HN-FORUM-MEETING-RIGHT); none elsewhere. `[]` invites none.
     """

    starts_at: datetime.datetime
    ends_at: datetime.datetime
    format_: MeetingFormat | None | Unset = UNSET
    location: None | str | Unset = UNSET
    video_link: None | str | Unset = UNSET
    regut_invited: bool | Unset = False
    convener: Convener | None | Unset = UNSET
    agenda: list[AgendaItem] | Unset = UNSET
    invited_councils: list[UUID] | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.agenda_item import AgendaItem # noqa: PLC0415
        starts_at = self.starts_at.isoformat()

        ends_at = self.ends_at.isoformat()

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

        regut_invited = self.regut_invited

        convener: None | str | Unset
        if isinstance(self.convener, Unset):
            convener = UNSET
        elif isinstance(self.convener, Convener):
            convener = self.convener.value
        else:
            convener = self.convener

        agenda: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.agenda, Unset):
            agenda = []
            for agenda_item_data in self.agenda:
                agenda_item = agenda_item_data.to_dict()
                agenda.append(agenda_item)



        invited_councils: list[str] | None | Unset
        if isinstance(self.invited_councils, Unset):
            invited_councils = UNSET
        elif isinstance(self.invited_councils, list):
            invited_councils = []
            for invited_councils_type_0_item_data in self.invited_councils:
                invited_councils_type_0_item = str(invited_councils_type_0_item_data)
                invited_councils.append(invited_councils_type_0_item)


        else:
            invited_councils = self.invited_councils


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "starts_at": starts_at,
            "ends_at": ends_at,
        })
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
        if invited_councils is not UNSET:
            field_dict["invited_councils"] = invited_councils

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agenda_item import AgendaItem # noqa: PLC0415
        d = dict(src_dict)
        starts_at = datetime.datetime.fromisoformat(d.pop("starts_at"))




        ends_at = datetime.datetime.fromisoformat(d.pop("ends_at"))




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


        regut_invited = d.pop("regut_invited", UNSET)

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


        _agenda = d.pop("agenda", UNSET)
        agenda: list[AgendaItem] | Unset = UNSET
        if _agenda is not UNSET:
            agenda = []
            for agenda_item_data in _agenda:
                agenda_item = AgendaItem.from_dict(agenda_item_data)



                agenda.append(agenda_item)


        def _parse_invited_councils(data: object) -> list[UUID] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                invited_councils_type_0 = []
                _invited_councils_type_0 = data
                for invited_councils_type_0_item_data in (_invited_councils_type_0):
                    invited_councils_type_0_item = UUID(invited_councils_type_0_item_data)



                    invited_councils_type_0.append(invited_councils_type_0_item)

                return invited_councils_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UUID] | None | Unset, data)

        invited_councils = _parse_invited_councils(d.pop("invited_councils", UNSET))


        meeting_create = cls(
            starts_at=starts_at,
            ends_at=ends_at,
            format_=format_,
            location=location,
            video_link=video_link,
            regut_invited=regut_invited,
            convener=convener,
            agenda=agenda,
            invited_councils=invited_councils,
        )

        return meeting_create

