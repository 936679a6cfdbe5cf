# blind11 -- English (en), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Rowena Achterberg <rowena.achterberg@postbox.example>",
         to="help@kidtab.example",
         subject="KidTab Junior 7 - cover on the stylus holder came off",
         body="""\
Hello,

We have the KidTab Junior 7 (bought in March, order KT-448120). There is a small
round cover on the back, next to where the stylus clips in. This afternoon it came
off in my daughter's hands. Under it there was a flat silver coin battery, about the
size of a 5p piece, and that battery is now missing. We have turned the sofa and the
rug upside down and it is not there.

Isla is 20 months old. In the last hour she has been drooling much more than usual,
she coughs every few minutes and she keeps pushing her bottle away and crying when
she swallows. My husband is driving her to the children's ward right now.

The doctors will want to know exactly which battery it is. Can someone please tell
me the type/size of the cell in that compartment? The manual does not say.

And honestly, how can that cover come off without a screwdriver on a toy for
toddlers?

Rowena Achterberg
07700 900 318"""),

    dict(n=2, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="Danielle Okafor <d.okafor@mailbay.example>",
         to="care@lumenhair.example",
         subject="Question about Copper Glow 7.4",
         body="""\
Hi there,

Is it normal that my scalp is still weeping two days after using Copper Glow 7.4?

I did the strand test on Thursday like the leaflet says and nothing happened, so I
coloured on Saturday morning. It tingled a bit, which the leaflet says is expected.
By the evening my forehead and the skin behind my ears had gone tight and red. This
morning both eyelids are so puffy I can barely open them, there are yellow crusts
all along my hairline and my neck has raised itchy patches. I also felt quite
light-headed when I stood up to make tea and had to sit on the kitchen floor.

I've rinsed it many times with lukewarm water. Do I just wait for it to settle, or
is there something else in the dye I should tell my GP about? Batch number on the
tube is LG-2291-B.

Thanks,
Danielle"""),

    dict(n=3, signals="safety", priority="critical", trap="data-leak", qt=0, reply=0,
         frm="Tomasz Wierzbicki <tomasz.w@fastpost.example>",
         to="support@tikowatch.example",
         subject="I can see another family's child in the Tiko app",
         body="""\
Hello Tiko team,

After the app update this morning (version 4.12.0 on Android), the map in my Tiko
Parent app no longer shows my daughter Mia. It shows a boy called Jonas, with a
little photo, walking around a school in Leeds. We live in Bristol.

It is not only the map. Under "Chat" I can read all of Jonas's voice messages and
texts with his mother, and under "Safe places" I see his home address and his
grandparents' address. I have not touched anything, I just opened the app.

If I can see him, I have to assume some stranger can now see where Mia is at every
minute of the day, which school she goes to and where we live, and read what she
says to us. I have switched her watch off and she is going to school without it.

Please tell me what happened and who could see Mia's data.

Tomasz Wierzbicki
Watch ID: TW-5K-880231"""),

    dict(n=4, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Gareth Pryce-Lloyd <gareth@pryce-lloyd.example>",
         to="service@verdano-robotics.example",
         subject="Verdano M600 - cutting disc flew off",
         body="""\
Hello,

Yesterday around 6 pm our Verdano M600 was doing the back lawn on its normal
schedule. There was a loud crack, then a sort of whirring whine, and the whole
cutting disc, with two of the three blades still attached, shot out from under the
mower. It skidded across the lawn, went between the fence slats and ended up on the
neighbours' patio. One blade is stuck about a centimetre deep in their wooden table.
Their two boys were sitting at that table eating ice lollies maybe two metres away.

The mower kept driving around for a minute without the disc until I picked it up.
The centre bolt is gone, the thread looks stripped.

It is about 14 months old and has been serviced by your dealer in April. I have
put it in the shed and unplugged the charging station. I need someone to look at
this before anything else happens, and I'd like to know if other M600s have the
same bolt.

Gareth Pryce-Lloyd
07700 900 655"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Hendrik Vos <hendrik@vosdairy.example>",
         to="servicedesk@agrimilk.example",
         subject="MX-2 box at Highfield Farm - no cows through since 03:40",
         body="""\
Service desk,

Our MX-2 at Highfield Farm (site no. 20417) threw E-417 at 03:40 and hasn't let a
single cow in since. Entry gate stays shut, the touch panel restarts itself every
four or five minutes and then sits on the logo screen. Power cycling did nothing.

We've got 140 in milk on that robot. About 60 of them haven't been milked since
last night and they're queued up at the gate bawling, a couple are already leaking.
We have no parlour to fall back on. The tanker is due at 11.

The out-of-hours number rings out. Please get a technician here this morning.

Hendrik Vos
07700 900 902"""),

    dict(n=6, signals="outage,account", priority="critical", trap="effect", qt=0, reply=0,
         frm="Priya Raman <priya.raman@northgate-logistics.example>",
         to="support@clockwise-hr.example",
         subject="P1 - nobody at Northgate can clock in (SMS codes)",
         body="""\
Hi ClockWise support,

Since about 05:50 none of our staff can sign in to ClockWise - not on the wall
terminals and not in the phone app. Everyone gets the "enter the code we sent you"
screen and the text message simply never comes. I tried with my own admin account
and three different phones, same thing.

This is all three warehouses (Northgate, Pike Lane, Harbour Road), roughly 260
people on the early shift. Shift leaders are writing start times on paper sheets,
and because pick lists are only released once a shift is clocked in, nothing is
being picked. We have 19 trucks sitting at the dock.

Our account number is CW-77310. Please call me on 07700 900 471 as soon as anyone
picks this up.

Priya Raman
Operations Systems Lead"""),

    dict(n=7, signals="outage", priority="high", trap="question", qt=0, reply=0,
         frm="Malcolm Feeney <mal.feeney@greenlane-nursery.example>",
         to="help@hydrozone.example",
         subject="Is this normal? HydroZone app stuck on 'Waiting for controller'",
         body="""\
Hi,

Is it normal that the HydroZone app has been showing "Waiting for controller..."
since Saturday afternoon?

The controller box in greenhouse 2 has a blinking orange LED instead of the usual
green. None of the eight zones has watered since Saturday, the schedule just
doesn't run, and when I press "Run now" in the app it spins and then says the
request timed out. The router is fine, everything else in the shed is online.

I've been out with a hose twice a day but I can't keep that up across 1,200 m2 of
tomatoes and peppers, and the first trays are starting to hang.

Controller serial HZ8-00341-C.

Malcolm"""),

    dict(n=8, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Aoife Brennan <a.brennan@student.hollowbrook-uni.example>",
         to="elearning@hollowbrook-uni.example",
         subject="Lecture recordings keep buffering on CampusLearn",
         body="""\
Hello,

Since Monday the lecture recordings on CampusLearn stop and buffer roughly every
20 seconds, on the library PCs and on my laptop at home. Slides, PDFs and the
weekly quizzes all open normally, it's only the videos.

For now I've been downloading the recordings in the mobile app and watching them
offline, which works, but it's a bit of a pain with 4 modules. A couple of people on
my course (BSc Biomedical Science, year 2) have the same.

Thanks,
Aoife"""),

    dict(n=9, signals="outage", priority="high", trap="explicit", qt=0, reply=0,
         frm="Leon Marchetti <leon@thelongfurrow.example>",
         to="support@castwell.example",
         subject="Hosting down? Feed returns 503",
         body="""\
Your hosting seems to be down. Our RSS feed (feeds.castwell.example/longfurrow)
returns 503 since about 9am and the dashboard just says "Service unavailable".
Tuesday's episode isn't showing up in any app. Any ETA?

Leon - The Long Furrow podcast"""),

    dict(n=10, signals="payment", priority="medium", trap="plain", qt=0, reply=0,
         frm="Harriet Coulson <harriet.coulson@kestrelmail.example>",
         to="members@vineandcellar.example",
         subject="Charged twice for autumn box",
         body="""\
Hello,

I've been charged twice for the autumn six-bottle box - two payments of £84.00 on
2 October, both with reference VC-AUT-3318. Only one box arrived (which was lovely,
by the way). Could you refund the second one please?

Many thanks,
Harriet Coulson
Member no. 55102"""),

    dict(n=11, signals="payment", priority="high", trap="urgent-money", qt=0, reply=0,
         frm="Kieran Doyle <kieran.doyle88@letterbox.example>",
         to="sellers@swapshed.example",
         subject="Payout of £1,240 still not in my account - rent due Friday",
         body="""\
Hi,

I sold my road bike on SwapShed on the 3rd (listing SS-9930214), the buyer
confirmed receipt on the 5th and the app has said "Payout sent" since the 6th.
It is now the 12th and the £1,240 still hasn't reached my bank. My bank says
nothing is pending.

I sold the bike specifically to cover my rent, which is due on Friday, and my
landlord has already been patient once this year. Can you please check where the
money is and give me a reference I can show the bank?

Sort code and account number in my profile are correct, I checked twice.

Kieran"""),

    dict(n=12, signals="payment", priority="medium", trap="mixed-lang", qt=0, reply=0,
         frm="Sabine Lehnhardt <s.lehnhardt@alpenblick-tours.example>",
         to="billing@ledgerleaf.example",
         subject="Invoice LL-2024-11873 - 12 seats billed, we have 5",
         body="""\
Dear LedgerLeaf billing team,

Our November invoice LL-2024-11873 charges us for 12 user seats at £14 each
(£168 + VAT). We only have 5 active users, you can see that under Settings >
Team. In September we removed seven accounts when our seasonal staff left, and
October was billed correctly for 5.

Could you please correct the invoice and refund the difference for the 7 extra
seats? Ich hänge Ihnen zur Sicherheit noch den Screenshot der Benutzerliste an.
(Sorry, my colleague in Innsbruck wrote that line - the screenshot is attached.)

Kind regards,
Sabine Lehnhardt
Alpenblick Tours Ltd"""),

    dict(n=13, signals="payment", priority="low", trap="curious-fee", qt=0, reply=0,
         frm="Owen Tremayne <owen.t@inboxly.example>",
         to="help@basketbee.example",
         subject="What is the 49p 'service fee'?",
         body="""\
Hi, just curious - my last three orders each have a 49p "service fee" on the
receipt that wasn't there before. Not complaining, just wondering what it's for?

Owen"""),

    dict(n=14, signals="account", priority="medium", trap="plain", qt=0, reply=0,
         frm="Beatrix Holloway <bea.holloway@parcelpost.example>",
         to="office@wagtail-daycare.example",
         subject="Locked out of the booking portal",
         body="""\
Hello Wagtail team,

I got my password wrong a few times on the booking portal last night and now it
says my account is locked for "security reasons" and to contact you. The reset link
says the same. I'd like to book Pepper (spaniel, Tuesdays and Thursdays) for next
month before the spaces go.

Could you unlock it, or book her in for me?

Thanks,
Bea Holloway"""),

    dict(n=15, signals="account", priority="medium", trap="payment", qt=1, reply=1,
         frm="Nils Andersen <nils.andersen@kvarta.example>",
         to="support@tunnelfox-vpn.example",
         subject="Re: Your ticket #60412 - refund processed",
         body="""\
Hi Carla,

Thanks, the refund arrived yesterday, all good on that front.

New problem though: I got a new phone over the weekend and since then I can't log
in to my TunnelFox account at all. It asks for the 6-digit code from the
authenticator app, but the authenticator on my new phone is empty and the old
phone has been wiped and traded in. The "use a backup code" link asks for codes I
never wrote down. Can you reset the two-factor on my account so I can set it up
again? Account e-mail is this address.

Nils

On Thu, 14 Nov 2024 at 10:22, TunnelFox Support <support@tunnelfox-vpn.example> wrote:
> Hello Nils,
>
> we're sorry about the double charge on your annual plan. The duplicate payment of
> EUR 59.88 has been refunded to your card today; depending on your bank it can take
> 3-5 working days to show.
>
> Kind regards,
> Carla - TunnelFox Support"""),

    dict(n=16, signals="account", priority="medium", trap="email-change", qt=0, reply=0,
         frm="Margaret Ashdown <maggie.ashdown@fernhill.example>",
         to="support@rootline-dna.example",
         subject="Need to change the e-mail on my account - old one no longer exists",
         body="""\
Good afternoon,

I registered my Rootline kit (kit ID RL-7Q-22093) with my work e-mail address. I
retired at the end of September and that mailbox has been closed, so I can neither
log in nor reset my password, because the reset e-mail goes to the old address.

My results are supposed to be ready next week. Could you please change the address
on the account to this one, margaret.ashdown@fernhill.example? I can confirm my
date of birth and the kit ID, or send a photo of the receipt.

With thanks,
Margaret Ashdown"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Jasper Quill <jasper.quill@ravenpost.example>",
         to="help@keyhaven.example",
         subject="How do I turn on two-step login?",
         body="""\
Hello,

How do I switch on two-step verification for my KeyHaven vault? I'd like to use
an authenticator app rather than text messages. I couldn't find it under Settings.

Cheers,
Jasper"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Lorraine Babbage <lorraine.b@tealmail.example>",
         to="orders@petalandstem.example",
         subject="You absolutely killed it!!",
         body="""\
Hi Petal & Stem,

Just had to write - the peonies you did for my mum's 70th were an absolute bomb.
She nearly had a heart attack when the driver walked in with them, and the whole
family was fighting over who got to take the leftover stems home. Killer
arrangement, seriously.

Quick question while I'm here: do you deliver on Sundays? It's my sister's turn in
March and I'd like to surprise her in the morning.

Lorraine x"""),

    dict(n=19, signals="-", priority="low", trap="resolved", qt=0, reply=1,
         frm="Desmond Whitcombe <des.whitcombe@pondlife.example>",
         to="support@aquaflo-pumps.example",
         subject="Re: Pond pump stopped overnight - ticket 88217",
         body="""\
Hi Fiona,

Just to let you know, your tip about the impeller did the trick. There was a clump
of blanket weed wrapped round it. Cleaned it out, put it back and the waterfall is
running again. The koi are back to their usual greedy selves.

So panic over, no need to send the engineer on Thursday - please cancel the visit.
¡Muchas gracias! (my wife says that, she's from Valencia)

Des"""),

    dict(n=20, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Yvonne Carrick <yvonne.carrick@oakmail.example>",
         to="recall@simmerpot.example",
         subject="Re: Important safety notice - SimmerPot 6.5L slow cookers",
         body="""\
Hello,

Thanks for letting me know. I've checked the sticker under ours: the serial number
is SP65-2208-41173 and it says made 08/2022. If I'm reading your list right that's
outside the affected range, so I don't need to do anything? Just want to be sure
before the Sunday stew.

Yvonne Carrick

-----Original Message-----
From: SimmerPot Customer Care <recall@simmerpot.example>
Sent: 18 November 2024 09:00
To: yvonne.carrick@oakmail.example
Subject: Important safety notice - SimmerPot 6.5L slow cookers

> Dear customer,
>
> We have identified that a small number of SimmerPot 6.5L slow cookers made
> between 01/2023 and 06/2023 may overheat at the base, which in rare cases
> can cause a fire risk. If your serial number begins with SP65-23, please stop
> using the cooker immediately and contact us for a free replacement.
>
> SimmerPot Customer Care"""),

    dict(n=21, signals="-", priority="low", trap="book-title", qt=0, reply=0,
         frm="Cressida Nunn <cressida@harrowgate-press.example>",
         to="quotes@polyglot-bridge.example",
         subject="Quote request: thriller 'The Breach at Marrow Quay' into German and Dutch",
         body="""\
Dear Polyglot Bridge,

We're a small independent publisher and would like a quote for translating a
novel into German and Dutch. The book is "The Breach at Marrow Quay", a crime
thriller of about 92,000 words. The plot involves a hacked account at a
harbour authority, a string of stolen payments and a warehouse fire, so there's
a fair amount of banking and IT vocabulary, and some dialect in the dock scenes.

Could you let me know:
- your per-word rate for literary fiction,
- whether you use the same translator for the whole book,
- and a realistic turnaround if we sign in January?

The manuscript is ready; I can send a 5,000-word sample chapter under NDA.

Best wishes,
Cressida Nunn
Editorial Director, Harrowgate Press"""),

    dict(n=22, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="Hive & Heather <news@hiveandheather.example>",
         to="support@hiveandheather.example",
         subject="Swarm season is coming - emergency kits back in stock!",
         body="""\
THE HIVE & HEATHER MONTHLY - April

Swarm alert! Warmer days mean your colonies will soon be thinking about
leaving home. Our Swarm Emergency Kit (bait hive, lure, lightweight box and
a roll of gaffer tape for the inevitable) is back in stock from GBP 39.

Also this month:
- Sting relief: our beekeepers' favourite soothing balm, now in a larger tin.
- Webinar Thursday 7pm: "Robbing, wasps and other hive break-ins".
- Smoker fuel: why burning hessian beats cardboard.

Happy beekeeping!
The Hive & Heather team

You are receiving this because you subscribed at hiveandheather.example.
Unsubscribe | Manage preferences"""),

    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Ravi Chaudhry <ravi@makerbench.example>",
         to="support@layerly3d.example",
         subject="Layerly Cloud won't send jobs to my printer (USB is fine)",
         body="""\
Hi,

Since Friday Layerly Cloud no longer sends print jobs to my Forge S2. The job
stays at "Queued - waiting for printer" forever, although the printer shows as
online in the dashboard and the camera feed works. I've rebooted the printer and
the router and re-linked the printer once.

For now I'm slicing in the cloud, downloading the G-code and printing from a USB
stick, which works fine, so I'm not stuck - it's just slower with 4 printers in
the workshop. Firmware is 2.8.1.

Thanks,
Ravi"""),

    dict(n=24, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Imogen Fairweather <imogen.fairweather@cobblemail.example>",
         to="lettings@hartwell-property.example",
         subject="RE: Deposit return - Flat 3, 14 Alder Row (third request)",
         body="""\
Dear Hartwell Property,

This is now my third e-mail about my deposit and I still have no reply and no
money. It has been 41 days since I handed the keys back and the check-out report
showed no deductions.

I have to pay the deposit on my new flat on Monday (£1,450) and I was relying on
this money to do it. If the new letting agent doesn't receive it, I lose the flat.
Please transfer the deposit or tell me today, in writing, why it is being held.

Imogen Fairweather
07700 900 226

-----Original Message-----
From: Imogen Fairweather <imogen.fairweather@cobblemail.example>
Sent: 28 October 2024 18:40
To: lettings@hartwell-property.example
Subject: RE: Deposit return - Flat 3, 14 Alder Row

> Hello,
>
> I'm following up on my mail from 10 October. My tenancy at Flat 3, 14 Alder
> Row ended on 30 September and the check-out on 1 October found nothing to
> deduct. Could you let me know when my deposit of £1,450 will be returned?
>
> Thanks,
> Imogen"""),
]
