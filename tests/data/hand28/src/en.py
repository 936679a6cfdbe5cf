# blind29 -- English (en), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Hannah Pryce <hannah.pryce@mailbox.example>",
         to="support@hootandhollow-toys.example",
         subject="Owl plush, order HH-20841",
         body="""\
Hi,

We bought the "Ollie the Owl" soft toy from you three weeks ago for our son's first birthday.
This evening he was playing with it on the living-room rug and went quiet, then started gagging
and going red in the face. My husband turned him over and got one of the owl's plastic eyes out
of his mouth. He is fine now, he's asleep, but I've checked the toy and the other eye turns round
and pulls out with almost no effort. The stitching behind it is just loose threads.

The label says 0+ months. We have a second one that we were going to give to my niece and that
one's eye is wobbly too.

Please tell me what you want me to do with them, and please check the rest of the batch before
another family has the evening we just had.

Hannah Pryce
07700 900318"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Gareth Lloyd <g.lloyd@valleyfarm.example>",
         to="service@pelletwarm.example",
         subject="After last week's service visit",
         body="""\
Hello,

Your engineer serviced our PW-24 pellet boiler last Tuesday (job 55190). Since then:

- there is a sweetish, stale smell in the utility room, worse in the mornings
- the black tape round the joint where the flue pipe goes into the wall has gone brown and
  is peeling, and the wall next to it is warm to the hand
- my wife and I have both woken up with headaches every day this week, and our daughter was
  sick twice. It all clears up once we've been out of the house for an hour.

We've been leaving the back door open. I'm not sure whether to keep the boiler running or
switch it off - the house is cold without it and my mother-in-law lives with us.

Can somebody come out today please?

Gareth Lloyd
Valley Farm, Upper Cwm Road"""),

    dict(n=3, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="Derek Ashworth <derek.ashworth@pennine-mail.example>",
         to="help@roamwellcaravans.example",
         subject="Question about the gas on our Roamwell Tourer 470",
         body="""\
Good afternoon,

Is it normal that the regulator on top of the gas bottle hisses a bit when we turn the hob on,
and that we can smell gas inside the caravan for a few minutes after we've switched the hob
off again? My wife says it has always done that but I don't remember it last summer.

The bottle is the 6 kg one your dealer fitted in April. We're on a site near Whitby with the
grandchildren this week.

Kind regards,
Derek Ashworth"""),

    dict(n=4, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Priya Natarajan <priya.n@quickpost.example>",
         to="care@pawsandpills-pharmacy.example",
         subject="I can see somebody else's details in my account",
         body="""\
Hello,

I logged in this morning to reorder my cat's thyroid tablets and the "My prescriptions" page is
not mine. It shows a dog called Bramble, prescriptions for phenobarbital, an owner called
M. Okafor with a full home address in Leeds, a mobile number and the last four digits of a Visa
card. When I refresh I sometimes get my own page and sometimes someone else's again - the
second time it was a rabbit owner in Bristol.

I have taken screenshots but I haven't shared them with anyone. I assume my own details are
showing up for strangers in the same way, which I'm really not happy about.

Please look at this today.

Priya Natarajan
Customer no. 3310472"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Martin Cole <m.cole@goldencrust-bakery.example>",
         to="support@linecontrol-systems.example",
         subject="URGENT - Goldencrust Wakefield, lines 1-3",
         body="""\
Since 02:10 none of the three lines will take a batch. The operators scan the batch sheet and
the divider screen says "No recipe assigned" for every product, including the ones we ran
yesterday. Restarting the line PCs didn't change anything.

That's 14 people on the night shift standing around and the 05:30 lorries to 60 shops leaving
with no bread. Please ring me on 07700 900742, I'm on site.

Martin Cole
Night Production Manager, Goldencrust Bakeries"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Sandra Okonedo <s.okonedo@northshire-pts.example>",
         to="servicedesk@dispatchpoint.example",
         subject="Jobs not reaching crew tablets - Northshire Patient Transport",
         body="""\
Priority call please.

From about 13:40 the jobs our dispatchers assign in the control room are not appearing on the
crews' tablets. On our screens they show as "sent", on the tablets nothing arrives, not even
after a reboot. All 22 vehicles on shift today are affected.

Crews are phoning the control room for every pickup address and our four dispatchers are
reading addresses out over the phone while trying to answer the booking line. We have dialysis
patients waiting to go home and discharge runs from two hospitals piling up.

Sandra Okonedo
Operations Manager, Northshire Patient Transport Service"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Lucia Ferraro <lucia@ferrarohair.example>",
         to="help@snipbook.example",
         subject="no bookings since monday??",
         body="""\
Hello

I am owner of Ferraro Hair in Clapham. Since monday my clients write me on whatsapp that in the
app they choose me and a day and it say "no free slots" for all the week. But my agenda is
empty, i have nobody booked since monday, only the people who call me by phone.

I check my opening hours in settings, they are correct, nothing changed from my side. I try to
log out and in again, same.

Please fix quickly, for me this is all my work, i am alone in the salon and i pay for your app
for this.

Lucia"""),

    dict(n=8, signals="outage", priority="medium", trap="effect", qt=0, reply=0,
         frm="Ian McBride <ian.mcbride@greenloop-recycling.example>",
         to="support@wastetrack.example",
         subject="Annual tonnage report all zeros",
         body="""\
Hi,

Since the update on the 2nd, the "Annual tonnage by material" report comes out with 0 kg in
every row. The daily weighbridge tickets still show the correct weights, it's only the report
that's blank.

It's not urgent today, but we need to send the report to the council by the 30th, so it would
be good to have it sorted within the next couple of weeks.

Thanks,
Ian McBride
Site Administrator, Greenloop Recycling"""),

    dict(n=9, signals="outage", priority="high", trap="escalation", qt=0, reply=1,
         frm="Colin Baird <colin.baird@firthagency.example>",
         to="support@ferrylink-portal.example",
         subject="Re: Re: Ticket 77120 - vehicle deck planner won't load",
         body="""\
This is my third mail. Still exactly the same this morning. We have the 06:15 to Stromness
fully booked tomorrow and I can't see which lanes anything is allocated to.
Someone please call me.

Colin Baird
Firth Shipping Agency

On Tue, 10 Nov 2026 at 08:02, Colin Baird <colin.baird@firthagency.example> wrote:
> Hello again, any news on this? The deck planner still only shows the grey loading
> screen. Our agents at Pier 3 are phoning the ferry office for every vehicle.
>
> On Mon, 9 Nov 2026 at 07:31, Colin Baird <colin.baird@firthagency.example> wrote:
> > Since the weekend the vehicle deck planner in the agent portal doesn't load for us.
> > It sits on the grey loading screen forever. Tried Chrome and Edge, two PCs."""),

    dict(n=10, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Jonas Weber <jonas.weber@postfach.example>",
         to="members@cragandrope.example",
         subject="Membership paid two times",
         body="""\
Hello,

this month my membership fee (£49) is taken two times from my card, both on 1 November,
reference CR-MEM-20418. I have only one membership. Can you please give back the second
payment?

Best regards
Jonas Weber"""),

    dict(n=11, signals="payment", priority="medium", trap="implicit", qt=0, reply=0,
         frm="Aoife Brennan <aoife.brennan@inboxly.example>",
         to="bookings@rialtopicturehouse.example",
         subject="Cancelled screening 17 Oct",
         body="""\
Hi there,

Your cinema cancelled the 19:30 showing of "Marsh Lights" on 17 October (projector problem,
we were told at the door). The lady at the desk said the money for our four tickets, £38.40,
would go back on my card within five working days. It's now more than three weeks and it still
isn't there. Booking ref RPH-664019.

Could you check what has happened to it?

Thanks,
Aoife"""),

    dict(n=12, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Tomasz Nowicki <tomasz.nowicki@uni-mail.example>",
         to="payments@canalside-living.example",
         subject="Can't pay deposit - room will be released tomorrow",
         body="""\
Hi,

I'm trying to pay the £350 deposit for room 4C at Canalside Court (offer ref CSL-8821) and the
payment page declines my card every time with "Transaction not authorised". My bank says they
see no attempt at all and the card is fine, I paid for groceries with it an hour ago. I also
tried my flatmate's card, same message.

The offer email says the room will be released if the deposit isn't paid by 12:00 tomorrow.
I have nowhere else to live from January. Is there another way to pay, bank transfer maybe?

Tomasz Nowicki"""),

    dict(n=13, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Margaret Holloway <margaret.holloway@seniornet.example>",
         to="office@splashstart-swimming.example",
         subject="Direct debit still being taken",
         body="""\
Dear Sir or Madam,

I am writing on behalf of my grandson, Oliver Holloway, who was in the Tuesday beginners'
swimming class at the leisure centre until the summer.

I telephoned your office in June to cancel the lessons, and the young man I spoke to said
that would be done. However I see from my bank statement that £32.00 was taken by direct
debit in both September and October, and I expect November will be the same.

Oliver has not been to a lesson since July. I would be grateful if you would stop the direct
debit and return the £64.00 to my account.

I do not use the internet very much, so a letter or a telephone call would suit me best.
My number is 01632 960514.

Yours faithfully,
Margaret Holloway (Mrs)"""),

    dict(n=14, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Ravi Chandran <ravi.c@fastmail-demo.example>",
         to="members@thehivecowork.example",
         subject="verification code",
         body="""\
Hi - trying to log into the Hive app, the 6-digit code never arrives by SMS. Tried 5 times
since 8am. Number is the same as always. Using the web booking for now.

Ravi

Sent from my phone"""),

    dict(n=15, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Chloe Barnes <chloe.barnes@citymail.example>",
         to="support@pedalcity-bikes.example",
         subject="New phone, can't get into my account",
         body="""\
Hello,

My old phone went in the canal at the weekend (long story). I've got a new one with the same
number, installed the PedalCity app, put in my email and password, and now it asks for the
code from my authenticator app - which was on the old phone. There's no "use another method"
option anywhere.

I use the bikes to get to work every day and I've got an annual pass until next June, so at
the moment I'm paying for a pass I can't use and taking the bus. How do I get back in?

Chloe Barnes"""),

    dict(n=16, signals="account", priority="medium", trap="question", qt=0, reply=0,
         frm="Dr Eleanor Whitcombe <reception@whitcombedental.example>",
         to="portal@precisiondentallab.example",
         subject="Logged out all the time?",
         body="""\
Hello,

Is it normal that we have to reset the practice's password on your ordering portal every
morning? For the last two weeks the password from the day before is rejected each morning,
and after three goes it says the account is locked for 30 minutes. Our nurse then does a
reset by email and it works until the next day.

We can still send our crown and bridge orders, it just wastes half an hour each morning.

Kind regards,
Eleanor Whitcombe
Whitcombe Dental Practice"""),

    dict(n=17, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Stuart Kerr <stuart.kerr@railsig-ops.example>",
         to="itdesk@railsig-ops.example",
         subject="Account disabled after leave - SigBrief app",
         body="""\
Hi IT,

Back today after 6 months' parental leave. When I log into SigBrief on the work phone it says
"Your account has been disabled. Contact your administrator." Same on the desktop.

I'm on the 14:00 shift at Carstairs box and can't read the briefings or the temporary speed
restrictions for this week without it, so my supervisor won't let me start. Staff no. 118204.

Cheers,
Stuart"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Fiona Gallagher <fiona@thirstyheron-brewing.example>",
         to="sales@kegandcask-supplies.example",
         subject="More kegs please!",
         body="""\
Hi Dan,

Quick one - our Heron Hazy IPA has been flying out the door and the taproom has been on fire
since the festival. We're killing it on the weekends, honestly.

Could you quote me for another 40 x 30L kegs and 5,000 of the sticky keg collars, same spec
as last time? No rush, sometime in the next week is fine.

Cheers,
Fiona
Thirsty Heron Brewing Co."""),

    dict(n=19, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Nathan Price <nathan.price@teamday.example>",
         to="bookings@lockjaw-escapes.example",
         subject="Team booking - Meltdown and Blackout rooms",
         body="""\
Hi,

We'd like to book both "Meltdown" and "The Blackout" rooms for a team day on Friday 4
December, around 3pm, for 11 people in total (6 + 5). Is that possible at the same time?
Also, can we use your party room afterwards for pizza?

Thanks,
Nathan Price
Office Manager, Teamday Analytics"""),

    dict(n=20, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Kirsty Doyle <kirsty.doyle@homemail.example>",
         to="events@harboursideaquarium.example",
         subject="Re: Your party booking on Saturday - Shark Tunnel update",
         body="""\
Hi Megan,

Thanks for letting us know, that's no problem at all - the kids will be happy with the
penguins and the rock pool. Could we add two more children to the party? That would make
14 children and 4 adults. Happy to pay the difference on the day.

Kirsty

On 12 Nov 2026, at 16:05, Harbourside Aquarium Events wrote:
> Dear Kirsty,
>
> Due to a power outage in the building on Tuesday, the Shark Tunnel will remain closed this
> weekend while the life-support pumps are checked. All other areas are open as normal and
> your birthday party on Saturday at 11:00 will go ahead as booked.
>
> Kind regards,
> Megan, Events Team"""),

    dict(n=21, signals="-", priority="low", trap="thanks", qt=0, reply=0,
         frm="Paul Hendry <transport@stmungos-primary.example>",
         to="support@busbuddy-tracking.example",
         subject="Bus tracker working again",
         body="""\
Hi Leanne,

Just to say the parent app is showing the buses on the map again since this morning, and the
"bus is 5 minutes away" messages came through fine on the afternoon run. Thanks for sorting
it so quickly, the parents were very patient.

Best wishes,
Paul Hendry
Transport Coordinator, St Mungo's Primary"""),

    dict(n=22, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Ellie Fraser <ellie.fraser@webpost.example>",
         to="hello@wanderlust-campers.example",
         subject="Question before booking a van",
         body="""\
Hello,

We're thinking of hiring one of your 4-berth campervans for two weeks next May. Before we book,
what happens if the card payment for the balance fails when it's taken 6 weeks before? Do we
lose the booking straight away, or do you contact us first? And if we have to cancel, how much
of the deposit do we get back?

Thanks,
Ellie"""),

    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Mohammed Rahman <mo@pressandfold.example>",
         to="support@tillcraft-pos.example",
         subject="Tag printer not printing from till",
         body="""\
Hello,

Since yesterday the garment tag printer at our Kingsway branch doesn't print anything when we
take in an order - the till says "Printed" but nothing comes out. The receipt printer on the
same till is fine.

We're writing the tags by hand for now, which works, it's just slower at busy times. Could
someone look at it this week?

Thanks,
Mohammed Rahman
Press & Fold Dry Cleaners"""),

    dict(n=24, signals="outage", priority="critical", trap="scale", qt=0, reply=0,
         frm="Rebecca Sloane <r.sloane@eastmoor-airport.example>",
         to="major-incidents@bagflow-systems.example",
         subject="Eastmoor T1 - bag sortation, all check-in belts",
         body="""\
Bagflow team,

Since 05:50 the sortation system is sending every bag from all 28 check-in desks in Terminal 1
to the manual reject line. The bag tag reads are fine at the desks but the sorter reports
"no flight" for every tag, for every airline.

We have three handlers hand-sorting at the reject line and it's about 300 bags behind. The
first wave is 11 departures before 08:00 and we'll start offloading passengers' bags or holding
aircraft within the hour.

Please phone the baggage control room on 01632 960777 immediately.

Rebecca Sloane
Duty Terminal Manager, Eastmoor Airport"""),
]
