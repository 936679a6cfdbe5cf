# blind24 -- English (en), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Hannah Okafor <h.okafor@mailbox.example>",
         to="bookings@spinfix-repairs.example",
         subject="Washing machine after Thursday's repair visit",
         body="""\
Hello,

Your engineer (Darren, I think) replaced the drum bearing on our Velmar WM-8 on
Thursday, job ref SFX-448120.

Since then, about twenty minutes into any wash, there is a crackling noise from
behind the kick plate at the bottom, like twigs snapping, and the left-hand side
of the casing gets too hot to keep your hand on. This evening the utility room
smelled of melting plastic.

My daughter (6) leaned against the side while I was unloading and she now has a
blister the size of a 10p coin on her forearm.

I've switched it off at the wall and pulled the plug out. One of the pins on the
plug has gone brown.

Can someone come out tomorrow? I'm home all day, 07700 900417.

Hannah"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Priya Raman <priya.raman@homemail.example>",
         to="care@fernhollow-furniture.example",
         subject="Cot bed delivered Tuesday - the round caps on the rail",
         body="""\
Hi there,

Order FH-20931, the Linwood cot bed, delivered and assembled by your two-man team
on Tuesday.

This morning I found my son (14 months) sitting up with one of the white plastic
caps from the top rail in his mouth. He'd chewed it almost flat and a piece about
the size of a pea was missing. When I got him to open his mouth he started
coughing and gagging and went very red before he spat a bit of it out. We still
can't find the rest.

I checked the other rail and two more caps come off with a light pull, no tools
needed.

He's at the GP with my partner now. He won't be going back in that cot. Please
tell me whether other parents have reported this and what you are going to do.

Priya Raman"""),

    dict(n=3, signals="safety", priority="critical", trap="wrong-data", qt=0, reply=0,
         frm="Colin Marsh <c.marsh@harwick-logistics.example>",
         to="fleetsupport@voltyard-charging.example",
         subject="Another company's statement showing in our fleet portal",
         body="""\
Hello,

When I opened the October charging statement in our fleet portal this morning
(account FLT-00872, Harwick Logistics) it wasn't ours. It belongs to Brightmere
Care Ltd and lists 31 of their drivers by full name, with vehicle registrations,
the home addresses where they charge overnight and the last four digits of each
charge card.

I haven't downloaded or forwarded it. I assume that means they may be looking at
our drivers' details as well.

Please take this down today and tell us who else could have seen our statement.
Our data protection officer will need to record it.

Colin Marsh
Fleet Manager, Harwick Logistics
01632 960 115"""),

    dict(n=4, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Deborah Kinsella <debkinsella@postbox.example>",
         to="help@northgrid-energy.example",
         subject="New meter fitted yesterday",
         body="""\
Hi,

Your fitter swapped our gas meter for a smart one yesterday at about 2pm
(appointment ref GM-771023).

Since last night there's a smell like rotten eggs in the hall cupboard where the
meter is, and it gets stronger when you open the door. My husband and I both woke
up with pounding headaches, and this morning I came over dizzy on the stairs and
had to sit down for a few minutes. The cat has slept all day and won't touch her
food.

We've opened all the windows. Can someone come and check what he did?

Deborah Kinsella
14 Fallow Close
07700 900 233"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Marcus Feld <m.feld@ashcombe-zoo.example>",
         to="helpdesk@gatewise-ticketing.example",
         subject="Turnstiles rejecting every online ticket - Ashcombe Zoo",
         body="""\
Since we opened at 9:30, every e-ticket bought through the web shop comes up with
a red cross at the turnstiles. Tickets printed at our own kiosk scan fine.

We have roughly 600 people queuing, four school groups among them. Staff are
letting people through by looking at the PDF on their phones and ticking names
on a clipboard, so we have no idea of numbers inside, which matters for the
capacity limit in the aquarium house.

Venue ID ASH-02. Please call me on 01632 960 384 straight away.

Marcus Feld
Visitor Operations"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Shona Baird <s.baird@pickwell-fulfilment.example>",
         to="support@arrowbot-robotics.example",
         subject="All 42 pick robots sitting in their bays - site MK3",
         body="""\
None of the robots at our MK3 site have left their charging bays since the
software update last night. The console lists every unit as "idle - awaiting
task" while the task queue keeps growing (1,900 orders and counting).

We've got 30 people walking the aisles with printed pick lists. The 16:00 trailer
for the supermarket chilled run won't be filled at this rate.

Please treat as top priority and call the shift office on 01632 960 702.

Shona Baird
Shift Manager"""),

    dict(n=7, signals="outage", priority="high", trap="mixed-lang", qt=0, reply=0,
         frm="Alan Pritchard <alan.pritchard@webpost.example>",
         to="support@solarsight-monitoring.example",
         subject="App stuck on loading since Tuesday",
         body="""\
Hello,

Since Tuesday the SolarSight app only shows a spinning circle after I log in,
and the browser version does the same. I can't see what the panels are
producing, whether the battery is charging, or change the export settings, which
I need to do before my tariff changes on the 1st.

I live in Germany and rang the installer first. His answer was "Das liegt an
Ihrem Portal, nicht an der Anlage", so here I am.

System ID SS-40-22871.

Thanks,
Alan"""),

    dict(n=8, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Kemi Adeyemi <kemi@swiftcity-couriers.example>",
         to="partners@zipdrop.example",
         subject="Live map frozen in the dispatcher view",
         body="""\
Hi,

The live map in the Zipdrop dispatcher screen has been frozen since about Monday
lunchtime - the drivers' dots just stay where they were. Jobs still come through
to the drivers and drops are getting done, but the tracking link our customers
get says "Location unavailable".

We're texting ETAs by hand for now, so it's manageable, but we're getting a lot
of "where is my parcel" calls. Could someone look at it this week?

Kemi
Swift City Couriers (partner 2231)"""),

    dict(n=9, signals="outage", priority="high", trap="question", qt=0, reply=0,
         frm="Ben Castellano <ben.castellano@inboxly.example>",
         to="installs@fibrelane.example",
         subject="Engineer visit yesterday - is this normal?",
         body="""\
Is it normal for the router light to still be flashing orange a full day after
the engineer leaves? He fitted the new box in our hall yesterday afternoon (order
BB-5531902) and said it would sync within the hour.

None of our devices have been online since. Phones and laptops see the network
name but just say "no internet". I've restarted it three times. I work from home
and had to take today's calls from a café.

Ben"""),

    dict(n=10, signals="payment", priority="medium", trap="double", qt=0, reply=0,
         frm="Tom Ashworth <tom.ashworth@mailbox.example>",
         to="help@courtly-booking.example",
         subject="Charged twice for court 4 on Saturday",
         body="""\
Hi, I booked court 4 at Riverside for Saturday 9-10am and paid £18 by card.
My banking app shows two £18.00 payments to COURTLY*RIVERSIDE, about a minute
apart. Only one booking is in my account (ref CT-66120). Could you refund the
second one please?

Thanks,
Tom"""),

    dict(n=11, signals="payment", priority="high", trap="urgent", qt=0, reply=0,
         frm="Ellie Nwosu <ellie.nwosu@student-mail.example>",
         to="members@zippa-carshare.example",
         subject="Deposit refund - I need it for rent on Friday",
         body="""\
Hi,

I closed my Zippa membership on the 2nd and was told my £250 deposit would be
back within 5 working days. It's now day 9 and nothing has arrived.

I'm a student and I was counting on it for my rent, which is due this Friday.
My landlord has already given me one extension and won't give another.

Member number ZP-309188. It should go back to the same card I paid with (ending
4471). Please can someone push it through today?

Ellie"""),

    dict(n=12, signals="payment", priority="medium", trap="buried", qt=0, reply=0,
         frm="Gary Whitlock <gary@whitlock-building.example>",
         to="tradedesk@stonebridge-merchants.example",
         subject="Account 55120 - a few things",
         body="""\
Morning Julie,

Hope you had a good break. First off, thanks for sorting the delivery slot for
the Hollins Road job - the lads were very happy the plasterboard came on the
first drop for once.

A few things for when you get a minute:

1. Are the 3m lengths of 47x150 C24 back in stock yet? We'll need about 60 for
   the roof at Mill Lane in a fortnight.

2. Your driver asked if we'd like to go onto the Tuesday round permanently -
   yes please, that suits us much better.

3. The invoice INV-884213 that came through yesterday has 40 bags of Multicem on
   it at £6.85 each, which we never ordered or received. The delivery note for that
   day only has the plasterboard and the beads. The whole invoice has also been
   priced at the counter rate without our 22% trade discount. By my reckoning it's
   out by about £270. Could you re-issue it before our accounts run at the
   end of the month?

4. Any chance of a couple more of those branded tape measures? They walk.

Cheers,
Gary Whitlock
Whitlock & Sons Building
07700 900 618"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Lou Pennington <lou.p@webpost.example>",
         to="riders@pedalpoint-bikes.example",
         subject="What's the 50p?",
         body="""\
Hi, not a complaint, just curious - my last ride receipt has a 50p "dock
adjustment" next to the normal ride charge. What's that for?

Cheers, Lou"""),

    dict(n=14, signals="account", priority="high", trap="lockout", qt=0, reply=0,
         frm="Daniel Achebe <d.achebe@kernow-imports.example>",
         to="clients@portside-customs.example",
         subject="Locked out of the client portal - container held at Felixstowe",
         body="""\
Hello,

I mistyped my password a few too many times and the portal now says my user has
been locked for security reasons and to contact you.

We have a container (MSKU 7712094) held at Felixstowe waiting for me to upload
the commercial invoice and packing list, and port storage starts being charged
tomorrow morning.

Username: d.achebe@kernow-imports.example. Could you unlock it, or can I send you
the documents by email in the meantime?

Daniel Achebe
Kernow Imports
01632 960 447"""),

    dict(n=15, signals="account", priority="medium", trap="2fa", qt=0, reply=0,
         frm="Grace Whelan <grace.whelan@inboxly.example>",
         to="help@clearview-lenses.example",
         subject="Verification code never arrives",
         body="""\
Hello,

I'm trying to reorder my contact lenses and the site wants a code by text before
it lets me in. I've requested it five times over two days and nothing arrives.
I moved to an eSIM last month but the number is the same (07700 900 862), and
other texts come through fine.

Can you switch me to email codes or reset whatever needs resetting?

Thanks,
Grace Whelan"""),

    dict(n=16, signals="account", priority="medium", trap="question", qt=0, reply=0,
         frm="Stuart Penhaligon <stuart.penhaligon@mailbox.example>",
         to="donors@givelife-booking.example",
         subject="My donor record has gone?",
         body="""\
Hello,

Is it normal that when I log in to book my next donation it asks me to fill in
the new donor questionnaire, as if I'd never given before? My history (23
donations, I think, O negative) and my appointment on the 19th have both
disappeared. Logging in works fine, it just looks like a brand new profile.

My donor number was BD 4471 0923 if that helps. Same email address as always.

Stuart"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Roz Carmody <roz.carmody@work-mail.example>",
         to="care@pawscript-pharmacy.example",
         subject="Changing the email on my account",
         body="""\
Hello, how do I change the email address on my account? I'm moving it from my
work address to a personal one and can't see an option under My Details.

Thanks,
Roz (Biscuit's owner)"""),

    dict(n=18, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Owen Pryce <owen.pryce@homemail.example>",
         to="guests@thrillhaven.example",
         subject="Re: Your booking BK-20774 - Thrillhaven Park",
         body="""\
Thanks, that's fine - we'll swap to Sunday instead. Is there somewhere near the
entrance to leave a pushchair, and are we allowed to bring our own picnic in?

Cheers,
Owen

On Tue, 3 Jun 2025 at 11:42, Thrillhaven Guest Services <guests@thrillhaven.example> wrote:
> Dear Mr Pryce,
>
> Thank you for your booking. Please note that the Inferno coaster and the
> Drop Zone will be closed on Saturday 14 June for their annual safety
> inspection. If you would prefer another date, we can move your tickets
> free of charge.
>
> Kind regards,
> Guest Services"""),

    dict(n=19, signals="-", priority="low", trap="resolved", qt=0, reply=0,
         frm="Marion Holt <marion.holt@carvercourt-ra.example>",
         to="customers@townheat-network.example",
         subject="Heating back on - thank you!",
         body="""\
Dear all,

Just a note to say thank you to Abdul and the night crew. When the heat network
went off on Tuesday our whole block (48 flats) had cold radiators and no hot
water, and I know several of your people were out until 2am repairing the pipe
on Carver Street.

Everything has been back to normal since Wednesday morning. Our older residents
especially appreciated the regular updates pushed through the doors.

Best wishes,
Marion Holt
Chair, Carver Court Residents' Association"""),

    dict(n=20, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Jess Okonjo <jess.okonjo@brightwell-agency.example>",
         to="bookings@glacier-arena.example",
         subject="Group booking for the Blackout Disco skate",
         body="""\
Hi!

Our office team would like to book the Friday "Blackout Disco" session on the
21st - about 25 of us. Several of us haven't skated since school, so expect a
few casualties on the ice, ha.

Do you do a group rate, and is skate hire included? Also, is the Meltdown Bar
open afterwards? We're all dying to try the hot chocolate everyone raves about.

Thanks,
Jess"""),

    dict(n=21, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Keith Dunmore <keith.dunmore@webpost.example>",
         to="sales@fibrelane.example",
         subject="Question before I sign up - outages and refunds",
         body="""\
Hello,

I'm comparing providers before I move in May. Does your Fibre 500 plan cover
outages - if the line goes down for a few days, do I get compensation or money
back automatically, or do I have to claim it?

What's your refund policy if I cancel within the cooling-off period, and is
there a charge for the installation engineer or is that included?

Thanks,
Keith"""),

    dict(n=22, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="Blue Reef Diving <news@bluereef-diving.example>",
         to="info@gullsway-watersports.example",
         subject="Blue Reef News - June: Rescue Diver week & summer prices",
         body="""\
Hi divers!

Summer is here and the water has finally hit 16°C. Here's what's on:

RESCUE DIVER WEEK (9-13 June)
Learn to deal with panicked divers, lost buddies and emergency ascents. Five
days, two open-water sessions. Emergency First Response is a prerequisite -
refresher on Saturday 7 June, 9am.

NEW COMPRESSOR
No more fill-day outages: our new compressor is in and running.

SUMMER PRICES
Book and pay online through your account before 30 June and get 10% off any
course. Card payments at the shop desk as usual.

See you in the water,
The Blue Reef team

You're receiving this because you signed up at bluereef-diving.example.
Unsubscribe: bluereef-diving.example/unsubscribe"""),

    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Nadia Ferreira <nadia.ferreira@mailbox.example>",
         to="support@hopin-cars.example",
         subject="App won't unlock cars - using my card for now",
         body="""\
Hi,

Since the app update on Monday, tapping "Unlock" just spins for a while and then
times out. Same on three different cars at the Eastgate bay. Holding my member
card against the windscreen reader still opens them, so I'm getting about, but
it's a faff and my partner doesn't have a card.

Pixel 7, app version 5.12.0, member EG-11873.

Nadia"""),

    dict(n=24, signals="outage", priority="critical", trap="escalation", qt=0, reply=1,
         frm="Ravi Mistry <r.mistry@oakfield-tiles.example>",
         to="hire@liftline-rental.example",
         subject="RE: Forklifts won't start - hire HX-20931",
         body="""\
This is now the third day. None of the four trucks will start - the keypad takes
the operator PIN, beeps twice and shows "Not authorised". Your engineer told me
on the phone yesterday it was a telematics sync issue and would be sorted
overnight. It isn't.

We have two containers of tiles on the dock that have to be unloaded and turned
round by 17:00 today or the haulier charges us demurrage, and right now we're
shifting pallets with a hand truck. I need someone on site this morning or
replacement trucks.

Ravi Mistry
Warehouse Manager, Oakfield Tiles
07700 900 552

-----Original Message-----
From: Ravi Mistry
Sent: Monday, 9 June 2025 07:48
To: hire@liftline-rental.example
Subject: Forklifts won't start - hire HX-20931

> Morning,
>
> None of the four forklifts you delivered on Friday will start this morning.
> The keypad shows "Not authorised" for all of our operator PINs. Can someone
> look at this today please?
>
> Ravi"""),
]
