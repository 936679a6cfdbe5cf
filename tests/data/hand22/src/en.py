# blind23 -- English (en), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Priya Ramanathan <nights@harbourview-hotel.example>",
         to="support@keyline-systems.example",
         subject="Card encoder at front desk making a noise and very hot",
         body="""\
Hi,

Around 2am the card encoder behind our reception desk started making a
crackling sound, a bit like fat in a pan, every time we put a blank card in.
The back of the casing got so hot that my colleague couldn't keep her hand on
it for more than a second, and there's a sharp smell like melting plastic
coming from where the power lead goes in. There's also a brown mark on the
desk laminate underneath it now that wasn't there yesterday.

We've pulled the plug and we're using the spare encoder from the back office
for the rest of the night.

Model KE-400, serial 4471-0932.

Can someone tell us if we're OK to plug it back in, or do you need to swap it?
And is the spare the same model? I'd rather not have the same thing happen
with that one while I'm on my own at the desk.

Thanks,
Priya Ramanathan
Night Manager, Harbourview Hotel"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Gareth Lloyd <g.lloyd@wyecombe-libraries.example>",
         to="help@shelfserve.example",
         subject="Returns flap on the SR-2 kiosk, Millbrook branch",
         body="""\
Hello,

This afternoon at our Millbrook branch a girl of about seven was pushing a
picture book into the returns slot of the self-service kiosk (the SR-2 by the
entrance) when the top hinge of the metal flap gave way. The flap dropped
straight onto her fingers. Her mum got her hand out, but two fingers were
swollen and going purple by the time they left for the walk-in clinic, and
she was white as a sheet.

The flap is now hanging by one corner. We've taped across the slot and put a
sign up. We have two more SR-2 kiosks with exactly the same flap at
Castle Street and Orchard Road, and I'm not comfortable leaving those open to
the public until someone has looked at them.

Please ring me today on 01632 960418.

Gareth Lloyd
Branch Services Manager, Wyecombe Libraries"""),

    dict(n=3, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Helen Marsh <helen.marsh@postbox.example>",
         to="portal-support@ledgerlane-tax.example",
         subject="Someone else's documents in my upload folder",
         body="""\
Hi,

I logged in this morning to upload my P60 and there were six PDFs already
sitting in my folder that are not mine: payslips, a mortgage statement and a
full self-assessment return for a Mr D. Okafor, with his home address, his
National Insurance number and his bank details on them.

I haven't downloaded or opened anything beyond the file names and the preview.

But if I can see his papers, who can see mine? I uploaded my own return with
all my details last week. Please look into this straight away and tell me
what has happened.

Helen Marsh
Client ref HM-20931"""),

    dict(n=4, signals="safety,payment", priority="critical", trap="question", qt=0, reply=0,
         frm="Tom Whitfield <tomwhit@mailbox.example>",
         to="entries@runentry.example",
         subject="Question about my registration payments",
         body="""\
Hi there,

Quick question - is it normal that after I signed up for the Riverside Half
on Sunday, my bank app now shows four more payments of £42.00 to
"RUNENTRY*RIVERSIDE" from Monday night?

I only registered myself. I didn't enter anyone else, and those payments went
through at 03:12 when I was fast asleep. My confirmation email lists one
entry (mine), bib number still pending.

Card ending 7715.

Thanks,
Tom Whitfield"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Aoife Brennan <frontdesk@lanternhostel.example>",
         to="support@keyline-systems.example",
         subject="URGENT - none of our doors open",
         body="""\
Since about 6 this evening no key card opens any door in the building. Not
the dorms, not the private rooms, not the luggage room. Cards that worked
fine this morning just give a red light and a double beep, and freshly
encoded cards do exactly the same.

We have 58 guests in, a school group of 30 arriving at 9pm, and people's
passports and bags are locked in their rooms. Our night porter is going
round with the one mechanical master key but that can't go on all night.

Lantern Hostel York, site ID LH-0047.
Please call 01632 960772, whoever picks up.

Aoife Brennan, Duty Manager"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Ops Room Ashby Town FC <matchday@ashbytownfc.example>",
         to="support@gateway-tix.example",
         subject="Gate scanners rejecting every e-ticket - KO 19:45",
         body="""\
Gates opened at 18:15 and every handheld scanner rejects mobile tickets with
"Unknown barcode". Season cards scan fine. About 4,200 mobile tickets sold for
tonight v Castleford Rovers, queues back to the car park, and the police
match commander wants a decision in 15 minutes on letting people in on sight.

Account 33019. Duty ops phone 01632 960205. Need someone NOW."""),

    dict(n=7, signals="outage", priority="high", trap="question", qt=0, reply=0,
         frm="Danny Shaw <danny@allotmenthour.example>",
         to="help@castbarn.example",
         subject="uploads stuck at 99%?",
         body="""\
hey,

is it normal that every upload sits at 99% and then says "processing"
forever? been trying since yesterday lunchtime. three different files (mp3,
60-90MB), two browsers, two computers, home and office wifi. the episodes
just sit in the dashboard as "Draft - processing" and never go live.

our weekly episode was meant to go out this morning and people are already
asking on instagram where it is.

show: The Allotment Hour

cheers
Danny"""),

    dict(n=8, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Fiona Kerr <fiona.kerr@thimbleandthread.example>",
         to="support@instoremusic.example",
         subject="Music dropping out in Leeds store",
         body="""\
Hello,

Our Leeds shop (store 12) goes silent for a few minutes several times a day.
The player shows the next track as "buffering" and then picks up again by
itself. Our other 14 stores are fine, and Leeds is fine most of the day too.

Staff have found that restarting the box brings the music back quicker, so
they're doing that for now. Not urgent, but could someone look at the logs
when you get a chance? Player ID MSP-12-A.

Kind regards,
Fiona Kerr
Visual Merchandising, Thimble & Thread"""),

    dict(n=9, signals="outage", priority="high", trap="explicit", qt=0, reply=0,
         frm="Marcus Oyelaran <marcus@oyelaranfilms.example>",
         to="support@cutcloud.example",
         subject="Is the render service down?",
         body="""\
Hi,

Is the export/render service down? Every export since about 9am fails at 0%
with error E-5021. I've tried 1080p and 4K, different projects, even a 10
second test timeline. Editing and playback work, I just can't get anything
out of the editor, which makes the whole thing pretty useless to me today.

Workspace: oyelaran-films
Project: Hollow Lane wedding - final cut

Marcus"""),

    dict(n=10, signals="payment", priority="medium", trap="double", qt=0, reply=0,
         frm="Lucía Ferrer <lucia.ferrer@correo.example>",
         to="kiosk-support@regalpicturehouse.example",
         subject="Charged twice at the ticket kiosk",
         body="""\
Hello,

On Saturday I bought 2 tickets for the 17:30 showing at your Brackley cinema
from the machine in the foyer. The screen froze after I tapped my card, so I
tapped again. It printed only one pair of tickets, but my bank shows £23.80
taken twice, at 17:04 and 17:05.

Can you please refund the second payment? Card ending 3302.

Perdón por mi inglés, and thank you.
Lucía Ferrer"""),

    dict(n=11, signals="payment", priority="high", trap="urgent-money", qt=0, reply=0,
         frm="Kasia Nowak <kasia.nowak88@inbox.example>",
         to="payroll@tempworks-staffing.example",
         subject="Pay not received - rent due Friday",
         body="""\
Hi,

I worked 4 shifts at the warehouse in Corby last week through you. My
timesheet was approved on Monday (I got the email) but nothing has come into
my account, and payday was yesterday. Everyone else on my shift got paid.

My rent is due on Friday and my landlord already gave me one warning last
month. Please can someone check today?

Worker number TW-58821. My bank details are the same as always.

Dziękuję,
Kasia Nowak"""),

    dict(n=12, signals="payment", priority="medium", trap="buried", qt=0, reply=0,
         frm="Owen Pritchard <owen@pritchard-estates.example>",
         to="billing@hostharbour.example",
         subject="Renewal invoice",
         body="""\
Hello,

First of all, thanks for the help with the DNS move last month. Kate on your
team was brilliant and the new site has been running smoothly ever since,
even through our open-house weekend when traffic was three times normal. We
also got the SSL certificate renewed without any drama for once, so credit
where it's due.

We're planning to add a second site for the lettings side of the business in
the new year, so I may be in touch about a bigger plan at some point. If you
have any offers on multi-site hosting please send them over.

Anyway, the reason I'm actually writing: the renewal invoice INV-2024-11873
lists seven domains at £14.99 each, but we only have three with you now
(pritchard-estates.example, pritchardlets.example and pe-homes.example). The
other four were transferred away in March and you confirmed that at the
time. Our accounts team won't pay the invoice as it stands, so could you send
a corrected one?

Many thanks,
Owen Pritchard
Pritchard Estates"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Jo Hemmings <jo.hemmings@mailbox.example>",
         to="bookings@northsoundferries.example",
         subject="What's the £2.50 fee?",
         body="""\
Hi, just curious - I moved my booking (FX-449102) from the 08:15 to the 10:40
sailing and there's a £2.50 "amendment" line on the new receipt. Not
complaining, just wondering what it covers. Thanks! Jo"""),

    dict(n=14, signals="account", priority="medium", trap="lockout", qt=0, reply=0,
         frm="Rotimi Adeyemi <r.adeyemi@kingsbridgechess.example>",
         to="support@pawnstorm-app.example",
         subject="Locked out of club admin account",
         body="""\
Hello,

I got my password wrong a few times too many and now the app says my account
is "locked for security reasons - contact your club administrator". I am the
club administrator (Kingsbridge Chess Club), so that's not much help!

The password reset link never arrives - I've checked spam and the promotions
tab. Pairings for the club championship need to go out by Thursday, so I'd
like to get back in before then.

Username: r.adeyemi

Thanks,
Rotimi"""),

    dict(n=15, signals="account", priority="medium", trap="2fa", qt=0, reply=0,
         frm="Sam Patel <sam.patel@greenwaylettings.example>",
         to="support@agentdesk-crm.example",
         subject="Login codes still going to my old phone",
         body="""\
Hi,

I changed my mobile number in my profile last week but the login codes are
still being sent to my old number, and that phone has gone back to the office
manager. So I'm stuck on the code screen every time.

Could you switch it to 07700 900314, or let me use an authenticator app
instead? My colleagues are covering my viewings today but I'd like to be back
in tomorrow.

Thanks,
Sam Patel
Greenway Lettings"""),

    dict(n=16, signals="account", priority="medium", trap="payment", qt=1, reply=1,
         frm="Rachel Dunmore <rachel.dunmore@homemail.example>",
         to="members@clubfee.example",
         subject="Re: Your payment failed - Northfield Swimming Club",
         body="""\
Hi,

The direct debit thing below was sorted weeks ago with the club treasurer,
that's not why I'm writing. The problem now is that my member profile has
disappeared completely. The app says "no account found for this email", and
my son's junior membership and his squad history have gone with it. I
haven't deleted anything. Can you restore it?

Rachel Dunmore

On Tue, 3 Sep 2024 at 07:30, ClubFee <no-reply@clubfee.example> wrote:
> Dear Rachel,
>
> We were unable to collect your membership fee of £35.00 for
> Northfield Swimming Club. Your payment failed because your bank
> declined the direct debit.
>
> Please update your payment details within 7 days.
>
> The ClubFee team"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Lucy Hart <lucy@oldbakery.example>",
         to="help@sendsparrow.example",
         subject="Changing my login email",
         body="""\
Hi,

We're changing our business name and moving from @oldbakery.example to
@hartandcrumb.example. How do I change the email address I log in with? I
don't want to lose our lists or the campaign history.

Thanks,
Lucy"""),

    dict(n=18, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Nick Hollis <manager@marshfm.example>",
         to="sales@onairplay.example",
         subject="Dead air - what does your SLA cover?",
         body="""\
Hello,

We're a community station (Marsh FM, 104.9) looking at moving our playout
to your cloud platform next spring. Before we sign, two questions:

1. If your platform goes down in the middle of a live show, what does the Pro
   plan cover? Is there a service credit, a fallback stream, anything?
2. How quickly do you usually respond at weekends?

Dead air is the one thing that sends our volunteers into a panic, so I'd like
to know what we're buying.

Cheers,
Nick Hollis
Station Manager, Marsh FM"""),

    dict(n=19, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Margaret Aldous <stay@rosecottage-bnb.example>",
         to="support@bookwise.example",
         subject="Re: Planned maintenance - booking widget offline Sunday 02:00-04:00",
         body="""\
Thanks for the heads-up, that time is fine for us. Nobody books a B&B at
three in the morning!

Have a good weekend,
Margaret
Rose Cottage B&B

On Thu, 14 Nov 2024 at 10:02, Bookwise Support <noreply@bookwise.example> wrote:
> Dear customer,
>
> Your booking widget will be offline and unavailable on Sunday between
> 02:00 and 04:00 (GMT) while we upgrade our servers. Guests who try to
> book during this window will see an error page and no bookings can be
> taken.
>
> We apologise for any inconvenience.
> The Bookwise team"""),

    dict(n=20, signals="-", priority="low", trap="thanks", qt=0, reply=0,
         frm="Claire Benson <claire.benson@landlordmail.example>",
         to="support@rentroost.example",
         subject="All sorted - thank you!",
         body="""\
Hi Ben,

Just wanted to say thanks for yesterday. I was in a complete panic when the
portal wouldn't take my gas safety certificate an hour before the deadline,
and you talked me through it in five minutes (who knew the file just had to
be under 10MB).

Certificate's in, the tenants have it, and the letting agent has stopped
breathing down my neck. You're a lifesaver!

Claire"""),

    dict(n=21, signals="-", priority="low", trap="title", qt=0, reply=0,
         frm="Brenda Coles <brenda.coles@u3a-northgate.example>",
         to="boxoffice@grangetheatre.example",
         subject="Group booking - 'A Fire in the Valley' matinee",
         body="""\
Hello,

I'm organising a trip for our U3A group (about 22 of us) to see "A Fire in
the Valley" at the Saturday matinee on 8 March. A few questions:

- Is there a group discount for 20+?
- Is the theatre step-free? Two of our members use walking frames.
- A friend said there's a gunshot and strobe lighting in the second act that
  "nearly killed her" with fright. Is there a warning posted for that?

Thank you,
Brenda Coles"""),

    dict(n=22, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="PatrolPoint News <news@patrolpoint.example>",
         to="support@sentinelguarding.example",
         subject="November update: panic button redesign + breach-reporting webinar",
         body="""\
PatrolPoint - November product update

Hello from the PatrolPoint team!

NEW: Redesigned panic button
The lone-worker panic button now sits one tap from the home screen, with a
bigger target for gloved hands.

WEBINAR: "Data breach? Your first 72 hours"
Thursday 28 November, 11:00. Our data protection lead walks through what to
do if an incident report or a client's personal data ends up in the wrong
hands. Free for all customers - reply to this mail to save a seat.

TIP OF THE MONTH
Set up checkpoint tags before the clocks change so night patrols log on time.

You are receiving this because you are a PatrolPoint customer.
Unsubscribe: https://patrolpoint.example/unsubscribe"""),

    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Denise Walsh <denise@sparkleshine-cleaning.example>",
         to="support@rotaroo.example",
         subject="Swap shift button not doing anything",
         body="""\
Hi,

Since the update on Tuesday, when my cleaners tap "Swap shift" in the phone
app nothing happens. The button goes grey for a second and then back to
normal, and the swap never shows up. Both Android and iPhone.

If I log in on the website from my laptop I can do the swaps for them, so
we're managing. It's just a pain doing it for 40 staff by hand. Could you have
a look when you get a chance?

Thanks,
Denise Walsh
Sparkle & Shine Cleaning"""),

    dict(n=24, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Graham Tulloch <treasurer@elmfieldbridgeclub.example>",
         to="support@clubhouse-members.example",
         subject="RE: October payout still missing - third request",
         body="""\
This is now the third time I'm writing about this and I still haven't had an
answer, just the automatic acknowledgement.

We need that money. The hall hire and the caterer for our Christmas dinner
dance have to be paid by this Friday or we lose the booking, and the club
doesn't have £3,800 lying around in the current account. Please escalate this
to someone who can actually check the payout and tell me where it is.

Graham Tulloch
Treasurer, Elmfield Bridge Club
01632 960531

-----Original Message-----
From: Graham Tulloch <treasurer@elmfieldbridgeclub.example>
Sent: 12 November 2024 09:41
To: support@clubhouse-members.example
Subject: October payout still missing

> Hello,
>
> Our October payout of £3,860.50 (member subscriptions and table
> money collected through your app) was due on 5 November and still
> hasn't reached the club's bank account. The dashboard says "Paid"
> but our bank has nothing. Could you check, please?
>
> Graham Tulloch, Treasurer"""),
]
