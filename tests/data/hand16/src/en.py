# blind17 -- English (en), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Priya Ramaswamy <priya.r@mailbox.example>",
         to="help@snugglenest.example",
         subject="Zip pull on the Cloud 2.5 tog sleeping bag",
         body="""\
Hi,

This morning I found my daughter (9 months) awake in her cot and the little silicone bear
that hangs on the zip of your Cloud sleeping bag was gone. The metal ring was still on the
zip, bent open. We searched the cot, the mattress and the floor and it isn't there.

She was coughing and gagging for a while and then she was sick twice. We took her to the
children's hospital and the X-ray shows a small object in her tummy. They are keeping her in
overnight to see if it passes on its own.

The doctors want to know what the bear is made of and whether there is a magnet or any metal
inside it. Can someone please tell me today? My mobile is 07700 900318.

The bag is about six weeks old and has only been washed at 30 as the label says.
Order SN-448213.

Priya"""),

    dict(n=2, signals="safety", priority="critical", trap="smell", qt=0, reply=0,
         frm="Tom Ashdown <tom@ashdownpots.example>",
         to="support@kilnmate.example",
         subject="Odd smell and crackling from controller - KilnMate 45",
         body="""\
Hello,

Hopefully a quick one. On glaze runs, once the kiln gets past about 900 degrees, there is a
sharp smell like hot plastic coming out of the grey controller box on the side. Last night I
also heard a crackling, ticking noise from the same box, on and off for maybe ten minutes.

This morning the plug and the wall socket were too hot to keep my hand on, and there is a brown
ring on the plastic around the pins of the plug. The cable is a bit stiff near the plug too.

The kiln lives in my garden shed (wooden walls, shelves of bisque ware right next to it) and I
have another glaze run planned for Saturday. Should I carry on or not? Do you need photos?

Serial KM45-22071, bought March last year.

Cheers,
Tom"""),

    dict(n=3, signals="safety,payment", priority="critical", trap="dual-approval", qt=0, reply=0,
         frm="Margaret Feeney <treasurer@millbrookchoir.example>",
         to="business-support@civicbank.example",
         subject="Two payments from our choir account that nobody approved",
         body="""\
Dear Civic Bank,

I am the treasurer of the Millbrook Community Choir (account ending 7742, society account).

Overnight two transfers went out of our account: 1,480.00 GBP and 2,950.00 GBP, both to a payee
called "MK Events Ltd" that none of us has ever heard of. Our account is set up so that every
payment needs two approvals, mine and the chair's. I did not approve either of these and our
chair, Mr Okafor, says he didn't either. I had a text at 02:14 with a code I never asked for.

That is most of our money for the summer concert. Please stop anything else leaving the
account and try to recall these two payments. I will be at home all day on 020 7946 0512.

Margaret Feeney
Treasurer, Millbrook Community Choir"""),

    dict(n=4, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="Gareth Lloyd <g.lloyd@valleymail.example>",
         to="service@pathfindertrikes.example",
         subject="Rear wheel on Pathfinder 24 adapted trike",
         body="""\
Hello,

Is it normal that the rear wheel nut on the Pathfinder 24 works itself loose after three weeks?

On Sunday my son Rhys (14, he has cerebral palsy and uses the trike with the trunk support and
the foot straps) was riding down the slope by the park, going at a fair speed. The back wheel
started to wobble from side to side and then slid partly off the axle. The trike tipped over
sideways into the hedge with him still strapped in.

He has grazes all down his left arm and his wrist has swollen up; we are waiting for an X-ray
this afternoon. I tightened everything exactly as the manual says when it arrived and checked it
again last week.

Frame number PF24-0391. I have stopped him using it until I hear from you.

Gareth Lloyd"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Sandra Whitlock <office@whitlockdriving.example>",
         to="support@drivedesk.example",
         subject="Instructors can't see today's diary - 14 cars on the road",
         body="""\
Hi DriveDesk,

Since about 7 this morning none of our 14 instructors can see their diary in the app. It opens,
the wheel spins, then the day view is just empty. Same on the office PC.

Pupils are standing at pickup points and we're ringing round from last Friday's printed sheet,
which is already out of date. Two pupils have driving tests at 10:40 and 11:20 at the Hollins
Road centre and we can't see which car and instructor they're booked with.

Please ring me on 01632 960418 as soon as you can.

Sandra
Whitlock School of Motoring"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Dev Chauhan <transport@northfieldcouncil.example>",
         to="support@routewise.example",
         subject="URGENT - driver tablets blank, special school runs",
         body="""\
At 06:30 every driver tablet on our special school contract lost its routes. They log in and
the run list says "No journeys assigned".

We have 38 pupils to collect for Ashgrove School this morning, most of them wheelchair users,
and the drivers have no addresses, no door codes and no notes on who needs the ramp or the
harness. Parents are phoning the office asking where the bus is. Our coordinator is reading
addresses out over the radio from her own notebook, but she only has about half of them.

Afternoon runs start at 14:45. Please call the transport desk on 01632 960771.

Dev Chauhan
Passenger Transport, Northfield Council"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Lucia Bennett <lucia.bennett@brightpost.example>",
         to="support@dotline.example",
         subject="Braille display stays empty in browser and mail after 4.2 update",
         body="""\
Hello,

I am blind and use your Dotline 40 display with a screen reader every day for my work as a
transcriber. Since the 4.2 update on Tuesday the display stays blank whenever I am in the
browser or in my mail program. The cells just sit flat. In Notepad it still shows text.

I can get by with speech for a few minutes, but I cannot proofread that way, and I have not been
able to deliver any work for two days now. I have restarted, re-paired over USB and Bluetooth,
and reinstalled the driver.

Is there a way to go back to 4.1? I would be grateful for an answer by e-mail, as phone menus
are hard for me.

Lucia Bennett"""),

    dict(n=8, signals="outage", priority="medium", trap="question", qt=0, reply=0,
         frm="Harold Pike <harold.pike@lanternmail.example>",
         to="rooms@eastvalelibraries.example",
         subject="Room booking page very slow",
         body="""\
Good afternoon,

Is it normal that the room booking page takes over two minutes to show the calendar? I book the
Meeting Room at Eastvale Central most weeks for our local history group and for the last
fortnight it has been crawling. About one time in three it gives up altogether and I get a blank
white page.

When that happens I ring the front desk and they book it for me, which is fine, but they are
only there until 4 and I am usually doing this in the evening.

Kind regards,
Harold Pike"""),

    dict(n=9, signals="outage", priority="high", trap="short", qt=0, reply=0,
         frm="Rev. Anne Corrigan <anne@staidans.example>",
         to="help@hallbook.example",
         subject="HallBook down?",
         body="""\
Every page gives "503 Service Unavailable" since lunchtime. I can't see or add any bookings for
St Aidan's church hall. Anne"""),

    dict(n=10, signals="payment", priority="medium", trap="plain", qt=0, reply=0,
         frm="Oliver Grant <olly.grant@fastpost.example>",
         to="membership@harbourrowing.example",
         subject="Membership fee taken twice",
         body="""\
Hi,

My annual membership fee for Harbour Rowing Club (185.00) was taken by direct debit twice, both
on 3 March, same reference HRC-2291. Could you refund one of them please?

Thanks,
Olly Grant"""),

    dict(n=11, signals="payment", priority="high", trap="urgent", qt=0, reply=0,
         frm="Jay Okonjo <bookings@jaydj.example>",
         to="payouts@gigbooker.example",
         subject="Payout marked failed - need it before the 1st",
         body="""\
Hi team,

My payout for three weddings in May (2,340.00 total) shows "failed" in the dashboard with no
reason given. My bank details haven't changed since last year and the April payout went through
fine.

I'm a full-time DJ and that money is my rent, which goes out on the 1st, so four days from now.
Can you tell me what went wrong and resend it today? I can send a bank letter if you need one.

Jay Okonjo
JayO Sounds
07700 900642"""),

    dict(n=12, signals="payment", priority="medium", trap="mixed-lang", qt=0, reply=0,
         frm="Claire Dubois-Hart <claire.dh@postbox.example>",
         to="orders@frameandfinish.example",
         subject="Invoice 4471 - museum glass we didn't order",
         body="""\
Hello,

We picked up our two framed prints on Saturday (order 4471) and they look lovely, thank you.

However the invoice charges museum glass on both frames, 48.00 each, so 96.00 more than the quote
we agreed in the shop. We asked for standard glass and the frames do have standard glass in
them; the lady at the counter checked.

Mon mari a vérifié aussi, c'est bien du verre normal sur les deux.

Could you correct the invoice and refund the difference to the card we paid with?

Best wishes,
Claire Dubois-Hart"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Nigel Farrow <nfarrow@oakmail.example>",
         to="members@cityartmuseum.example",
         subject="50p fee on membership renewal",
         body="""\
Hello, just out of curiosity, what is the 0.50 "card processing fee" on my membership renewal
receipt? Not complaining, I just hadn't seen it before. Nigel"""),

    dict(n=14, signals="account", priority="medium", trap="buried", qt=0, reply=0,
         frm="Kieran Walsh <kieran@thelatecomers.example>",
         to="support@jamroom.example",
         subject="Studio bookings for The Latecomers",
         body="""\
Hey JamRoom folks,

First, big thanks for the new soundproofing in Room 3, our singer can finally hear herself and
the neighbours have stopped leaving notes on my van. We've been rehearsing with you every
Thursday for about two years now and it's honestly the best set-up in town.

We've got a run of gigs coming up in June, so we were hoping to add Monday slots for the next
six weeks, and maybe a full Saturday before the festival if Room 1 is free. Also, is the Marshall
stack in Room 1 still there or did it go for repair?

Anyway, the actual reason I'm writing: I can't get into our band account. I typed the password
wrong a few times last night (new laptop, old password saved on the other one) and now it says
"This account has been locked". The reset link never arrives either, I've checked spam.
The account is under kieran@thelatecomers.example.

Cheers,
Kieran"""),

    dict(n=15, signals="account", priority="medium", trap="outage", qt=1, reply=1,
         frm="Beatrice Sloane <bea.sloane@meadowmail.example>",
         to="support@evenclass.example",
         subject="Re: Planned maintenance Sunday 14 April",
         body="""\
Hello,

Not about the maintenance really, but this seemed the easiest way to reach you. The
verification text you send when I log in never arrives any more, so I can't get past the login
screen to see my pottery class materials. My number hasn't changed (ends 318) and other texts
arrive fine. Can you switch it to e-mail codes for me?

Beatrice

On Fri, 12 Apr at 16:02, EvenClass <noreply@evenclass.example> wrote:
> Dear learner,
> Our course platform will be down for planned maintenance on Sunday 14 April
> from 06:00 to 10:00. During this outage you will not be able to log in or
> watch recorded sessions.
> The EvenClass team"""),

    dict(n=16, signals="account", priority="medium", trap="deleted", qt=0, reply=0,
         frm="Rosa Lindqvist <rosa.l@archerypost.example>",
         to="help@quiverscore.example",
         subject="My profile has vanished",
         body="""\
Hi,

My QuiverScore profile seems to have been deleted. When I log in with my usual e-mail it asks me
to create a new archer profile, and my three years of scores for Greenfield Bowmen are gone.
I didn't delete anything. I need those scores for my classification this season.

Can you restore it? Membership number GB-0418.

Rosa Lindqvist"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Mark Ellery <mark.ellery@homepost.example>",
         to="hello@bouncevalley.example",
         subject="Changing the email on my account",
         body="""\
Hi, how do I change the e-mail address on my Bounce Valley account? I'm moving from my work
address to this one. I can't find it in the settings. Thanks, Mark"""),

    dict(n=18, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Hannah Cole <hannah.cole@mapleinbox.example>",
         to="parties@jumpinjacks.example",
         subject="Re: Your booking enquiry",
         body="""\
No worries at all, these things happen!

While I have you: does the party room fit 15 children plus a few parents, and are we allowed
to bring our own birthday cake? Looking at Saturday 8 June, afternoon slot.

Thanks,
Hannah

On 20 May 2024, at 09:12, Jumpin' Jacks Parties <parties@jumpinjacks.example> wrote:
> Hi Hannah,
> Apologies for the slow reply. Our booking system had an outage on Saturday and
> we could not take any bookings or answer enquiries for most of the day. It is
> all back up and running now.
> Best, Leah"""),

    dict(n=19, signals="-", priority="low", trap="thank-you", qt=0, reply=1,
         frm="Graham Tully <g.tully@northpost.example>",
         to="support@memorybook.example",
         subject="Re: Double charge on photo book order MB-77120",
         body="""\
Hi Aisha,

The refund landed in my account this morning. Thank you for sorting it out so quickly, and the
book itself is gorgeous. My mum cried when she saw the wedding pages (the good kind).

All the best,
Graham"""),

    dict(n=20, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Femi Adeyemi <femi@nightbusband.example>",
         to="bookings@soundhousestudios.example",
         subject="Block booking for June?",
         body="""\
Hi!

Our gig on Friday absolutely killed. The crowd went mad, our drummer was on fire and we nearly
blew the roof off the Crown. We're riding that wave and want to lock in rehearsals before the
festival.

Could we get Studio B every Tuesday and Thursday evening in June? And what's the price for a
block of eight sessions?

Femi
Night Bus"""),

    dict(n=21, signals="-", priority="low", trap="name", qt=0, reply=0,
         frm="Alan Brookes <alan.brookes@railfan.example>",
         to="shop@minigauge.example",
         subject="Red Alert signal box and Burning Bridge kit",
         body="""\
Hello,

Two quick pre-sales questions before I order:

1. Is the "Red Alert" signal box kit compatible with the older Hornby-style points motors, or
   does it need the newer decoder?
2. Does the "Burning Bridge" diorama set come with the smoke unit, or is that extra?

My layout is OO gauge, about 3 metres by 1.2.

Thanks,
Alan"""),

    dict(n=22, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="Oakridge Shooting Ground <news@oakridgeshooting.example>",
         to="support@oakridgeshooting.example",
         subject="Oakridge News - Range Safety Week, fraud awareness evening and more",
         body="""\
OAKRIDGE NEWS - MAY

RANGE SAFETY WEEK
From 13 to 19 May our coaches will run free 20-minute refreshers on safe gun handling, eye and
ear protection and what to do in an emergency on the range. Book at reception.

FRAUD AWARENESS EVENING
PC Dawson from the local force joins us on 23 May to talk about card fraud and fake ticket
sites. Tea and biscuits provided.

CLUBHOUSE
The new coffee machine has arrived. The old one has retired with honours.

You are receiving this because you are a member of Oakridge Shooting Ground.
Unsubscribe: oakridgeshooting.example/unsubscribe"""),

    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Sophie Marchetti <sophie.m@lindenhouse.example>",
         to="support@porchcam.example",
         subject="Doorbell notifications arriving 5 minutes late",
         body="""\
Hi,

Since last week the PorchCam app notifies me about 4-5 minutes after someone rings. By the time
I open the live view the courier is long gone. The chime inside the house still rings straight
away, so when I'm home I hear it, but when I'm at work I miss everything.

Doorbell model PC-2, app version 6.3.1 on Android, Wi-Fi signal shows full bars.

Thanks,
Sophie"""),

    dict(n=24, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Naomi Fraser <naomi.fraser@quillmail.example>",
         to="courses@claycollective.example",
         subject="Re: Re: Refund for cancelled Tuesday wheel-throwing course",
         body="""\
This is the third time I am writing about this. It has now been five weeks since you cancelled
the course and I still have not received the 240.00 refund. Nobody has replied to either of my
e-mails.

My rent goes out on the 28th and I was counting on this money. Please refund it this week or
tell me clearly when it will arrive.

Naomi Fraser

On 2 May, Naomi Fraser wrote:
> Hello, I'm still waiting for the refund of 240.00 for the Tuesday evening
> wheel-throwing course (booking CC-3318) that you cancelled on 9 April. Could
> you tell me when it will be paid?
>
> On 15 April, Naomi Fraser wrote:
> > Hi, I got your e-mail that the Tuesday course is cancelled because the tutor
> > is leaving. Please refund the full 240.00 to my card. Thanks, Naomi"""),
]
