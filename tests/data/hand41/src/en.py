# blind42 -- English (en), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Gareth Pryce <g.pryce@mailbox.example>",
         to="help@warmhome-appliances.example",
         subject="Oil-filled radiator, order 55102-KX",
         body="""\
Hi,

We bought one of your oil-filled radiators (the 2kW white one, order
55102-KX) three weeks ago for our daughter's bedroom.

Last night about 11 my wife went in because of a smell like hot plastic.
The plug was too hot to hold, the casing round the pins has gone soft and
brown, and there's a black mark on the wall socket. The carpet under the
cable is scorched as well. Our daughter was asleep about a metre away.

It's unplugged now and sitting in the garage. The socket is an ordinary
double socket that has never given us trouble with anything else.

What do you want us to do with it? And are other people reporting the same
with this model? I'd like to know before anyone else puts one in a kid's room.

Gareth Pryce
14 Orchard Rise, Kettering"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Priya Raman <priya.raman@inbox.example>",
         to="hello@freshbox-meals.example",
         subject="Nut-free family box - my son reacted tonight",
         body="""\
Hi, I ordered the "nut-free family box" specifically because my son (7) has a peanut allergy. Tonight he had two bites of the satay-style chicken and within a few minutes his lips swelled up and he was struggling to breathe. We used his EpiPen and the ambulance took him in. They're keeping him overnight but he's ok.

I still have the sauce sachet and the packaging. The label says nut-free but honestly it tastes exactly like peanut.

Box ref FB-20931, delivered Tuesday. Please call me tomorrow on 07700 900418.

Priya

Sent from my iPhone"""),

    dict(n=3, signals="safety,payment", priority="critical", trap="terse", qt=0, reply=0,
         frm="Tom Hadley <tomhadley84@postbox.example>",
         to="cards@northgate-bank.example",
         subject="card",
         body="""\
6 payments on my debit card in the last hour to some online store in Lithuania, 1,180 quid in total. Card is in my wallet, I haven't bought anything. Stop the card please, I can't get through on the phone.

Tom Hadley, acct ending 4471
Sent from my phone"""),

    dict(n=4, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Margaret Ellwood <m.ellwood@greenmail.example>",
         to="claims@harbourline-insurance.example",
         subject="Letter received in error - claim papers belonging to another customer",
         body="""\
Dear Sir or Madam,

I hope you will forgive me for writing to the general claims address, but I
could not find a more suitable one.

This morning I received an envelope from you addressed to me, with my own
policy number on the covering letter (HL-PH-338271). Inside, however, were
six pages that clearly belong to somebody else: a claim form for a
Mr D. Okafor in Leeds, a copy of his driving licence, his bank details for
the settlement, and a letter from his GP about his back.

I have not shown these to anyone and have put them away in a drawer.
Would you like me to post them back to you, or shred them? I imagine
Mr Okafor would want to know, and I do wonder whether my own papers have
gone to a stranger in the same way.

With kind regards,

Margaret Ellwood (Mrs)"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Darren Cole <darren.cole@brightlane-logistics.example>",
         to="support@stackwise-wms.example",
         subject="URGENT - scanners at Daventry DC not syncing since 06:10",
         body="""\
Hi team,

Since about 06:10 none of the handheld scanners at our Daventry site will
sync with Stackwise. Pickers scan a tote, it spins for a minute and then
says "Sync pending (code 503)". Nothing gets confirmed, so no pick lists are
released and nothing can be loaded.

That's 42 pickers on the early shift standing around, and our first
trailers to the supermarket depots are due out at 11:00. We've rebooted the
access points and a couple of the scanners, same result. The desktop client
in the office opens but only shows yesterday's orders.

Please call me on 01327 555 0192 - this is costing us a fortune by the hour.

Darren Cole
Shift Operations Manager
Brightlane Logistics"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Helen Marsh <helen@rivoli-picturehouse.example>",
         to="support@seatlyne-ticketing.example",
         subject="Fwd: everything showing sold out",
         body="""\
Hello, forwarding this from our duty manager. Tonight is our premiere
screening with the director Q&A at 19:00 - 340 seats, roughly half sold.
Please can someone ring me urgently on 0117 496 0233.

Helen Marsh
General Manager, The Rivoli Picturehouse

---------- Forwarded message ---------
From: Jake Whitlow <jake@rivoli-picturehouse.example>
Date: Thu, 10 Dec 2026 at 14:52
Subject: everything showing sold out
To: Helen Marsh <helen@rivoli-picturehouse.example>

Helen, customers are phoning to say they can't book anything. Every
screening this week says "Sold out" on the website, even the kids' matinee
that had 12 tickets gone. The till in the foyer just gives "No seat map
available" when I try to sell at the desk. I've logged out and back in
twice. People are already asking about tonight.

Jake"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Rosa Lindqvist <rosa@crumbandcrust.example>",
         to="support@tapply-payments.example",
         subject="card reader won't connect - small shop, need help today",
         body="""\
Hi,

Our card reader (the T2, serial TP2-0048812) has said "Connection failed,
try again" since we opened at 7. I've tried the wifi and the 4G sim,
turned it off and on, charged it fully. We've been cash only all morning and
most people don't carry cash any more - I've had to turn away maybe 20
customers already.

It's only one little bakery, me and a part-timer, but we can't really trade
like this. Is something wrong at your end?

Rosa
Crumb & Crust, 3 Mill Lane, Frome"""),

    dict(n=8, signals="outage", priority="medium", trap="list", qt=0, reply=0,
         frm="Colin Ashworth <colin.ashworth@oldmill.example>",
         to="customercare@linkwave-broadband.example",
         subject="A few things after the router swap",
         body="""\
Hello,

Since your engineer swapped our router last Thursday, a few bits:

- the Wi-Fi name has changed, which is fine, I've updated everything
- the home phone has no dial tone at all. Broadband is fine. My mum (84)
  only ever rings us on the landline, so we'd like it back - for now
  she's calling my mobile instead
- the light on the front is blue, not white. Is that normal?
- could you email me the manual? The one in the box is in Dutch

Account LW-7720194, phone number 01642 555 3380.

Thanks,
Colin Ashworth"""),

    dict(n=9, signals="outage", priority="low", trap="minor", qt=0, reply=0,
         frm="Naomi Fenwick <naomi.fenwick@netpost.example>",
         to="support@stillframe-tv.example",
         subject="App on our Samsung TV slow to start",
         body="""\
Hi there, no rush on this one. For the past week or so the Stillframe app on our Samsung TV takes about a minute to get past the loading screen, and then the thumbnails fill in one at a time. Once a film starts it plays perfectly, and the app on my phone is as quick as ever.

Is there anything I can clear or reinstall? TV is a UE50TU7100, software up to date.

Cheers,
Naomi"""),

    dict(n=10, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Owen Bradley <owen.bradley@kestrelmail.example>",
         to="billing@sunridge-energy.example",
         subject="Question about my December bill",
         body="""\
Hello,

Just a quick question, nothing urgent. My December bill (account
SR-0043318) has two lines for the standing charge, one for 1-14 Nov and one
for 15-30 Nov at a slightly different rate. I'm guessing that's the price
change you wrote to us about in October? The total is roughly what I
expected, I just want to be sure I'm reading it right.

Also, is there a way to get the bill as a PDF rather than only in the app?

Thanks,
Owen Bradley"""),

    dict(n=11, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Marek Kowalczyk <marek.kowalczyk@poczta.example>",
         to="orders@urbanthread-shop.example",
         subject="Payment taken two times for order UT-884120",
         body="""\
Hello,

I make the order UT-884120 on Sunday (one jacket, 89,99 GBP). In my bank
app I see the payment is taken two times, both on same day and same
amount. I receive only one confirmation mail and only one jacket is coming,
so I think the second payment is mistake.

Please can you give back the second 89,99? I attach screenshot from the bank
but I am not sure it is attached correct.

Thank you and best regards
Marek Kowalczyk"""),

    dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=1,
         frm="Sophie Carr <sophie.carr@fastpost.example>",
         to="customer.relations@skylark-air.example",
         subject="Re: Your refund request REF-SK-55301",
         body="""\
Hi,

It's now six weeks since the email below and nothing has reached my card.
The flight (SK482 Bristol-Malaga, 3 Nov) was cancelled by you, not by me,
and I'm still £412.60 out of pocket. Could you check what has happened to it,
please?

Sophie Carr

On Wed, 28 Oct 2026 at 16:05, Skylark Air Customer Relations <customer.relations@skylark-air.example> wrote:
> Dear Ms Carr,
>
> Thank you for your patience. We have approved a full refund of GBP 412.60
> for booking K7QX2M. Please allow up to 14 working days for the amount to
> appear on the original payment card.
>
> Kind regards,
> Daniel
> Skylark Air Customer Relations"""),

    dict(n=13, signals="payment,account", priority="high", trap="-", qt=0, reply=0,
         frm="Steve Mallory <steve@malloryautos.example>",
         to="merchants@paybridge.example",
         subject="Payouts held and can't get into dashboard - wages due Friday",
         body="""\
Hi,

Mallory Autos, merchant ID PB-40027731. You've held our payouts since
2 December, £6,845 so far, and when I try to log in to see why I just get
"Account under review - access restricted". I uploaded the ID and utility
bill your email asked for on the 3rd and have heard nothing since.

I've got four mechanics to pay on Friday and parts suppliers chasing me. I
need that money released, or at least someone to tell me what's missing.
Phone 0161 555 7734, I'm in the workshop all day.

Steve Mallory
Mallory Autos Ltd, Unit 4 Canal Street, Stockport"""),

    dict(n=14, signals="account", priority="low", trap="howto", qt=0, reply=1,
         frm="Liam O'Connor <liam.oconnor@shoremail.example>",
         to="members@westfield-rfc.example",
         subject="Re: [Ticket #48213] Membership renewal confirmed",
         body="""\
Thanks for sorting the renewal. One more thing while I have you - how do I
change the email address I log in to the club app with? I'm moving off my
old work address at the end of the month and don't want to lose my season
ticket history.

Cheers,
Liam

On 7 Dec 2026, at 09:14, Westfield RFC Membership <members@westfield-rfc.example> wrote:
> Hi Liam,
> Your adult membership for 2026/27 has been renewed. Ticket #48213 is now closed.
> Westfield RFC Membership Team"""),

    dict(n=15, signals="account", priority="medium", trap="-", qt=0, reply=1,
         frm="Beth Carlisle <beth.carlisle@mailhub.example>",
         to="support@mycarepoint-health.example",
         subject="Re: Verification codes not arriving (case 20931)",
         body="""\
Hi Marcus, answers below.

> 1. Which mobile number is on your account (last 3 digits)?

It ends 219 - that's my old number. My new one ends 604, I changed
networks in November and forgot to update it.

> 2. Can you still log in on any device where you ticked "remember me"?

No, the app logged me out after the last update and the laptop never
remembered me.

> 3. Have you received any codes by email instead?

No, nothing in spam either.

Not desperate today, but I need to order my repeat prescription through the
app before the 22nd, so it would be good to get this sorted within the week.

Thanks,
Beth Carlisle"""),

    dict(n=16, signals="account", priority="medium", trap="list", qt=0, reply=0,
         frm="Janet Oduya <j.oduya@stmarksprimary.example>",
         to="support@classnest.example",
         subject="Staff change and a couple of questions - St Mark's Primary",
         body="""\
Good afternoon,

A few items from us, if I may:

1. Mrs Karen Whitby (k.whitby@stmarksprimary.example) left the school on
   Friday. Please could her ClassNest login be closed, and her Year 4 class
   and parent conversations passed to Mr Adam Lowe, who has taken over
   (a.lowe@stmarksprimary.example). Her login still works as of this morning.
2. Is it possible to change the colour of the school banner in the parent app?
3. Where can I find the guide for the new reports screen?

Many thanks,

Janet Oduya
School Business Manager
St Mark's C of E Primary School"""),

    dict(n=17, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Richard Ansell <r.ansell@ansellhart-law.example>",
         to="support@lexvault.example",
         subject="Locked out - court filing due at 4pm today",
         body="""\
Dear LexVault Support,

I have been unable to get into my LexVault account since 9:30 this morning.
After three attempts the system told me my account had been locked and to
use the reset link. The reset e-mail arrives promptly, but every time I
follow the link I get "This link has expired", even within a minute.

The bundle for a hearing tomorrow is in my workspace and must be lodged
with the court by 4pm today. My colleagues can log in but cannot see my
matter files. Please could someone call me on 020 7946 0815 as soon as
possible.

Yours faithfully,

Richard Ansell
Partner
Ansell Hart LLP
22 Bedford Row, London WC1R 4JS

This e-mail and any attachments are confidential and may be legally
privileged. If you are not the intended recipient, please notify the sender
immediately and delete it; do not copy, disclose or use its contents.
Ansell Hart LLP is authorised and regulated by the Solicitors Regulation
Authority (SRA No. 600123). We will never change our bank details by e-mail."""),

    dict(n=18, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Hugh Pemberton <hugh@pembertonorchards.example>",
         to="sales@agrigrow-supplies.example",
         subject="Fire blight on the pears + burndown for spring",
         body="""\
Morning,

Two questions before I put an order in.

We've had fire blight come through the old pear block again this year - the
shoots look like someone's gone over them with a blowtorch. What have you
got that's approved for pears, and is there anything that actually kills it
once it's in, or is it just cut out and burn the wood?

Also after a burndown herbicide for the headlands in March. The stuff we
used last time took out the weeds but poisoned half the clover as well, so
something gentler if you have it.

Prices for 5L and 20L would be handy.

Hugh Pemberton
Pemberton Orchards, Ledbury"""),

    dict(n=19, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Chloe Danvers <chloe.danvers@sunmail.example>",
         to="hello@ironhouse-gym.example",
         subject="Shout-out for Jess's Thursday class!",
         body="""\
Hi Ironhouse!

Just wanted to say Jess's Thursday 6pm HIIT class is an absolute killer, in
the best way. I crashed on the sofa afterwards, was dead to the world by
nine, and my legs are still on fire two days later. She's so good at pushing
you without making you feel like you're about to die.

I only joined in October after my knee injury (old netball thing, all fine
now) and I was nervous, but she sorted out alternatives to the jumps without
any fuss. Could you pass this on to her? She deserves a pay rise!

Chloe x"""),

    dict(n=20, signals="-", priority="low", trap="booking", qt=0, reply=0,
         frm="Marcus Fielding <m.fielding@hollowaytraining.example>",
         to="bookings@thegrid-cowork.example",
         subject="Room booking: fire warden & emergency first aid course, 19 Jan",
         body="""\
Hi,

We run fire warden and emergency first aid courses and would like to book
your large meeting room (The Loft) on Tuesday 19 January, 9am-4pm, for 14
people.

A few practical things:
- We do a short extinguisher demo with a gas-fired training rig. That part
  is outside in the car park, no real smoke or flames indoors, but I'd like
  to check it's OK with your landlord.
- We bring resuscitation dummies and a burns and injury kit, so we'll need
  some clear floor space.
- Do you have a projector and a flipchart?

Could you let me know the day rate and whether the room is free?

Thanks,
Marcus Fielding
Holloway Safety Training"""),

    dict(n=21, signals="-", priority="low", trap="password-howto", qt=0, reply=0,
         frm="Ellie Warren <ellie@warrenandfox-design.example>",
         to="studio@inkwell-print.example",
         subject="Proof for job 7731 - password?",
         body="""\
Hi,

Thanks for sending over the proof for the wedding stationery (job 7731).
The PDF is password-protected and locked for editing, and none of the
passwords I've tried will open it - is it the job number, or something else?

Also, a heads-up from the client: she'd like the "Smoke" grey swapped for
"Charcoal" on the place cards, and the burnt orange on the menus looks a bit
too dark on the proof. Happy to jump on a call if that's easier.

Thanks!
Ellie
Warren & Fox Design"""),

    dict(n=22, signals="-", priority="low", trap="account", qt=1, reply=1,
         frm="Daniel Osei <dan.osei@quickmail.example>",
         to="help@gigpass-tickets.example",
         subject="Re: Locked out of my account - tickets for Saturday",
         body="""\
Brilliant, that did it - I'm back in and both tickets are showing in the app.
Thanks for the quick reply.

Out of curiosity, can I send one of them to my brother's app so he can go
in on his own if I'm running late?

Dan

On Thu, 10 Dec 2026 at 21:37, Daniel Osei <dan.osei@quickmail.example> wrote:
> Hi, I can't get into my GigPass account. It says my password is wrong and
> the reset email never arrives. Now it says the account is locked after too
> many tries, and my two tickets for Saturday's show are in there. Please help.
> Dan Osei"""),

    dict(n=23, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Angela Brooks <angela.brooks@homeplace.example>",
         to="customerservice@oakandhearth-furniture.example",
         subject="Re: Refund for returned sofa - order OH-229104 (THIRD EMAIL)",
         body="""\
This is the THIRD time I am writing about this and I still haven't had a
single reply from a human being.

Your driver collected the sofa on 6 November. Your own tracking says
"Return received at warehouse 9 Nov". The £1,249 has still not been
refunded. I have been patient, I have been polite, and I am now done. If I
don't have the money or a named person dealing with it by Friday, I'm going
to my card provider for a chargeback and to Trading Standards.

Angela Brooks

On 30 Nov 2026, at 18:22, Angela Brooks <angela.brooks@homeplace.example> wrote:
> Second email. Still no refund and still no answer. Order OH-229104.
> Please reply.
>
> On 16 Nov 2026, at 10:05, Angela Brooks <angela.brooks@homeplace.example> wrote:
> > Hello, your driver collected our sofa on 6 November as agreed. Please can
> > you confirm when the refund of £1,249 will be made? Thanks, Angela Brooks"""),

    dict(n=24, signals="outage", priority="critical", trap="vip", qt=0, reply=0,
         frm="Fiona McAllister <fiona.mcallister@caledon-hotels.example>",
         to="enterprise-support@skyroam-networks.example",
         subject="P1 incident: guest Wi-Fi at three properties - contract ENT-2291",
         body="""\
Dear SkyRoam Enterprise Support,

I am raising this as a Priority 1 incident under our Enterprise Service
Agreement (contract ENT-2291), which commits you to a 30-minute response
and 4-hour resolution for P1 faults.

Since approximately 06:30 today, guests at three of our properties
(Glasgow Central, Edinburgh Haymarket and Aberdeen Quay) can join the
"Caledon_Guest" network, but the welcome page never loads, so nobody gets
online. Around 610 rooms are occupied across the three hotels, and
Edinburgh is hosting a 250-delegate conference whose registration and
presentation system runs over the guest network.

Our on-site IT have confirmed that the controllers report as healthy and
that the problem began at the same moment at all three sites.

Please confirm receipt with an incident number and a named engineer. I can
be reached on 0141 555 0870.

Kind regards,

Fiona McAllister
Head of IT Operations
Caledon Hotels Group"""),
]
