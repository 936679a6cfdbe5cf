# blind12 -- English (en), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Priya Ramanathan <priya.ramanathan@mailbox.example>",
         to="care@littlesprout.example",
         subject="Is it normal for the Stage 1 powder to smell like this?",
         body="""\
Hi,

We opened a new tin of your Stage 1 formula on Tuesday evening (batch LS-24-0817, best before
03/2026). Is it normal that the powder smells sour, a bit like old cheese, and has hard
yellowish lumps in it that don't dissolve even when I shake the bottle for ages?

I'm asking because our daughter Mira (9 weeks) has brought up every single feed since Tuesday
night. Not the usual bit of milk on the muslin - the whole bottle, right across the room, twice
last night. She is sleepy and floppy between feeds and has had two wet nappies today instead of
her usual six or seven. We saw the GP this morning and she told us to stop using the tin
straight away and to keep it.

I still have the tin (about two thirds left) and the scoop. What do you need from me? Please
call me on 07700 900418, I'm at home all day.

Priya"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Gordon Mackie <g.mackie@fastpost.example>",
         to="help@brightnode.example",
         subject="SP-2 plug clicking and smelling of hot plastic",
         body="""\
Hello,

My mum has one of your SP-2 smart plugs running the oil radiator in her bedroom on a timer.
Tonight when I went to switch it off by hand the plug was too hot to keep my palm on. The white
plastic round the pins has gone a toffee colour and feels soft, and there's a sharp smell like
a kettle lead that's been left on the hob. It was making a fast clicking and buzzing noise even
though the app showed it as OFF.

I pulled it out of the wall with a tea towel. The socket faceplate behind it now has a brown
ring on it as well.

She has two more of these in the lounge (one on the telly, one on a fan heater). Should I take
those out too? Order number BN-55120.

Gordon Mackie"""),

    dict(n=3, signals="safety", priority="critical", trap="explicit", qt=0, reply=0,
         frm="Hollie Brennan <hollie.brennan@residents-mail.example>",
         to="service@ascentlifts.example",
         subject="Lift at Carrow Court dropped with a bang - someone will get hurt",
         body="""\
To whoever is responsible for the lift at Carrow Court, Block B, Norwich Road.

This afternoon at about 3.15 my neighbour Mr Ellery (82, flat 14) got in at the 5th floor.
Between the 5th and 4th the car dropped suddenly, maybe half a metre, with a loud bang, then
stopped and carried on down as if nothing had happened. He fell against the rail and has a
nasty cut on his forearm and a bruised hip. Two other residents say the same thing happened to
them last week and that the doors on the ground floor sometimes open before the car is level.

The lift is still in service and people are still using it, including mums with buggies and a
lady on a mobility scooter. This is dangerous. Please send an engineer today and take it out of
use until it has been checked. The housing association's reference is HA-7731.

Hollie Brennan, flat 9
07700 900256"""),

    dict(n=4, signals="safety,account", priority="critical", trap="takeover", qt=0, reply=0,
         frm="Anonymous user <quietharbour88@mailbox.example>",
         to="support@stillwater-app.example",
         subject="Someone else is in my journal",
         body="""\
Hi,

Last Thursday I got an email from you saying "New sign-in on Android, Leeds". I only use an
iPhone and I've never been to Leeds, so I thought it was spam and ignored it.

Since then my ex-partner has quoted back to me, word for word, two things that I have only ever
written in the mood journal in your app. Nobody else knows them. This evening I tried to log
in and my password is rejected, and when I press "forgot password" it says the link was sent to
q*****@quickmail.example - that is not my address.

Please lock the account straight away. I need it back, and I need to know what he has been
able to see (journal, the therapist chat, my mood scores?). It's the most private thing I have.

Please only reply to this address.
"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Dariusz Nowak <d.nowak@northgate-logistics.example>",
         to="support@scanflow.example",
         subject="All 58 handhelds stuck on 'Syncing task list' since 05:40",
         body="""\
Site ID: NG-LEEDS-02 / contract SF-2290

Since the early shift started at 05:40 every one of our 58 ScanFlow handhelds sits on
"Syncing task list... 0%" and never gets past it. We've rebooted them, power-cycled the access
points and taken a brand-new unit out of its box - same screen.

The pickers can't get a single task, so nothing is being picked or packed. The 09:00 and 11:00
trailers for Parkfield Foods are sitting empty at the dock and open orders are piling up (3,100
at the last count). I've got 40 people standing around on the floor.

Call me on 07700 900733 as soon as someone picks this up.

Dariusz Nowak
Shift Operations Manager, Northgate Logistics"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Reception - Riverside Physio <frontdesk@riverside-physio.example>",
         to="help@clinicdiary.example",
         subject="Appointment diary blank in all three clinics",
         body="""\
Hi,

Since about 8 this morning the diary in ClinicDiary is completely empty for all three of our
clinics (Riverside, Hatton Road and the pool clinic). No appointments, no therapists' columns,
and the patient notes tab just spins. Our online booking page tells patients there are no
slots this week.

Patients are turning up at the desk and we have no way of knowing who is booked with whom, or
what was done at their last session. We're back to pen and paper - one of the receptionists is
ringing round from a printout she happened to make on Friday. We have 11 physios and roughly
140 appointments today.

Practice account RP-0412. Please ring the desk on 01632 960581.

Thanks,
Sasha (practice manager)"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Tom Whitlow <tomwhitlow@postbox.example>",
         to="support@pagelight.example",
         subject="Can't open any of my books",
         body="""\
Since last night's update every single book on my Pagelight Oasis shows "Unable to open this
title (0x7F)". That's about 400 books, bought from your store. Syncing, restarting and signing
out and in again change nothing, and the app on my phone gives the same error.

I'm on a 6-hour train tomorrow and the reader is the only thing I packed. Serial PL4-88213-K.

Tom"""),

    dict(n=8, signals="outage", priority="medium", trap="question", qt=0, reply=0,
         frm="Fiona Laidlaw <fiona.laidlaw@glenmail.example>",
         to="support@skyreach-broadband.example",
         subject="Evening speeds",
         body="""\
Hello,

Is it normal that every evening from about 7pm until 11pm my speed drops from around 120 Mbps
to under 3? During the day everything is fine. In the evenings video calls freeze, my son's
online game kicks him out and the telly app buffers every couple of minutes. Emails and
browsing still get through, just slowly.

The dish was realigned by your installer in March. I'm on the Rural 150 plan, customer number
SR-60218. Is there something I can do at my end, or is the network just full at that time?

Kind regards,
Fiona Laidlaw"""),

    dict(n=9, signals="outage", priority="high", trap="explicit", qt=0, reply=0,
         frm="Marcus Adeyemi <marcus.adeyemi@inboxly.example>",
         to="support@thermaloop.example",
         subject="App not working - both thermostats 'offline' since Saturday",
         body="""\
Hi there,

Since Saturday morning the Thermaloop app shows both our thermostats as "offline". The hub's
light is solid green and our broadband is fine (everything else in the house connects). I've
removed and re-added the hub twice.

Because the wall units are the touch-free model, the app is the only way to change anything,
and the house is stuck on the night setting of 15 degrees. Two of us work from home and we're
sitting in coats. Can someone look at this please?

Account: marcus.adeyemi@inboxly.example
Hub ID: TL-HUB-30977

Marcus"""),

    dict(n=10, signals="payment", priority="medium", trap="plain", qt=0, reply=0,
         frm="Rachel Osei <rachel.osei@familymail.example>",
         to="accounts@splashschool.example",
         subject="Charged twice for spring term",
         body="""\
Hi,

I've been charged twice for Ava's spring-term swimming lessons (Tuesdays, Stage 4). Two
payments of £96.00 went out of my account on 6 January, both labelled SPLASH SCH TERM. Could
you refund one of them please?

Thanks,
Rachel Osei"""),

    dict(n=11, signals="payment", priority="high", trap="mixed-lang", qt=0, reply=0,
         frm="Lucía Ferrer <lucia.ferrer.design@correo.example>",
         to="payouts@gigbridge.example",
         subject="Payout failed - rent due on Friday",
         body="""\
Hello,

My payout of €1,840.00 for the branding project with Nordwell Studio (contract GB-55821) was
marked "Released" on the 2nd, but yesterday it changed to "Payout failed - contact support" and
the money is back in my GigBridge balance. My bank details have not changed since last year
and the last six payouts arrived without problems.

My rent is due on Friday and this is almost all my income for the month, so I really need it
to arrive this week. Can you tell me what went wrong and send it again?

Perdón por mi inglés, no es perfecto. Thank you very much.

Lucía Ferrer
+34 600 555 014"""),

    dict(n=12, signals="payment", priority="medium", trap="wrong-invoice", qt=0, reply=0,
         frm="Derek Smallwood <derek.smallwood@hillview-mail.example>",
         to="office@pipeline-plumbing.example",
         subject="Invoice INV-20417 - charged for a part that wasn't fitted",
         body="""\
Dear Sir or Madam,

Your engineer Kevin came out on 14 March to fix the leak under our kitchen sink. It was a
quick job, about forty minutes, and he replaced a compression fitting and a length of pipe.

The invoice I received this morning (INV-20417, £412.60) includes "Diverter valve - combi
boiler, supply and fit, £245.00". Nobody touched the boiler - Kevin didn't even go upstairs.
Please send a corrected invoice. I'm happy to pay for the sink repair as soon as I have it.

Yours faithfully,
Derek Smallwood
12 Hillview Close"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Jay Patel <jay.p@quickmail.example>",
         to="hello@topupnow.example",
         subject="What's the 35p?",
         body="""\
Hi, not a complaint, just curious - my last top-up was £10 but my bank shows £10.35. What's
the extra 35p for? Cheers, Jay"""),

    dict(n=14, signals="account", priority="medium", trap="plain", qt=0, reply=0,
         frm="Ben Hartley <ben.hartley@courtmail.example>",
         to="members@eastfieldpadel.example",
         subject="Locked out of the booking app",
         body="""\
Hi,

I mistyped my password a few times this morning and now the Eastfield Padel app says "Account
locked, please contact your club". The reset email doesn't arrive either. I'm a member
(number EP-1187) and I'd like to book a court for the weekend before they all go. Could you
unlock it?

Thanks,
Ben"""),

    dict(n=15, signals="account", priority="medium", trap="plain", qt=0, reply=1,
         frm="Hannah Cole <hannah@coleandfinch-joinery.example>",
         to="business-support@meridianbank.example",
         subject="Re: Verification codes for online banking [ref 88-40127]",
         body="""\
Hi Owen,

Thanks for that, but I'm afraid it's still the same. I switched my phone to an eSIM last week
(same number, same network) and since then the six-digit code never arrives when I log in to
the business account. I've restarted the phone and checked that texts from other companies
come through, which they do.

Is there another way to receive the code, or can you reset the device on your side?

Hannah Cole
Cole & Finch Joinery Ltd

On 12 Feb 2025, at 10:02, Meridian Business Support <business-support@meridianbank.example> wrote:

> Dear Ms Cole,
>
> Thank you for getting in touch. Please try restarting your phone and make sure it has
> signal. Codes can occasionally take up to five minutes to arrive.
>
> Kind regards,
> Owen
> Meridian Business Support"""),

    dict(n=16, signals="account", priority="medium", trap="payment", qt=1, reply=1,
         frm="Kezia Mbeki <kezia@inkandotter.example>",
         to="support@printpanda.example",
         subject="Re: Action needed: your payment for the Pro plan failed",
         body="""\
Hi,

I updated my card the same day this came in, and the Pro plan shows as paid - that part is
sorted. But since yesterday my whole seller profile is gone. When I log in it says "This
profile has been deleted" and my shop page (inkandotter) gives a 404. All my 230 designs and the
product listings were in there.

I didn't delete anything. Can you restore the profile with the designs, please?

Kezia

----- Original message -----
From: PrintPanda <no-reply@printpanda.example>
Subject: Action needed: your payment for the Pro plan failed

> Hi Kezia,
>
> We were unable to take your payment of $29.00 for the Pro plan. Your card was declined.
> Please update your payment method within 7 days to keep your Pro features.
>
> The PrintPanda team"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Owen Griffiths <owen.griffiths@valleymail.example>",
         to="parents@acornnursery.example",
         subject="Changing the email on my parent account",
         body="""\
Hello,

How do I change the email address on my parent login for the nursery app? I'm moving from my
old work address to this one. I can't see the option under Settings.

Thanks,
Owen (dad of Efa, Ladybird room)"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Claire Dunmore <claire.dunmore@homemail.example>",
         to="hello@soundboxmusic.example",
         subject="Drum kit rental for a 12-year-old?",
         body="""\
Hi!

My son is dying to learn the drums after seeing a band at school, and he's been killing it on
a pair of chopsticks and the sofa cushions for weeks. My husband says a real kit in a
semi-detached is a disaster waiting to happen, but I've lost that battle.

Do you rent electronic kits, and what does it cost per month? Is there a minimum term, and do
you do lessons as a package? Your spring offer looks like a steal if it's still on.

Thanks,
Claire"""),

    dict(n=19, signals="-", priority="low", trap="title", qt=0, reply=0,
         frm="Tomasz Wiśniewski <t.wisniewski@postmail.example>",
         to="visit@harbourmuseum.example",
         subject="Audio guide languages for 'Blackout: The City in the Blitz'",
         body="""\
Good morning,

We are planning to visit with my parents on 22 June for the exhibition "Blackout: The City in
the Blitz". Does the audio guide come in Polish? My father's English is not very good.

Also, is the "Great Fire and Rebuilding" gallery on the ground floor? My mother uses a walking
frame and finds stairs difficult.

Many thanks,
Tomasz Wiśniewski"""),

    dict(n=20, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Nadia Karim <nadia.karim@courtmail.example>",
         to="bookings@eastfieldpadel.example",
         subject="Re: Planned maintenance - booking system outage Sunday 02:00-06:00",
         body="""\
Thanks for the heads-up. Just to check - my standing Sunday 9am court with Jess will still be
there afterwards, I don't need to rebook it? No rush.

Nadia

On Thu, 3 Apr 2025 at 16:40, Eastfield Padel <bookings@eastfieldpadel.example> wrote:
> Dear members,
>
> Our booking system will be offline for planned maintenance this Sunday between 02:00 and
> 06:00. During the outage you will not be able to book, cancel or pay for courts.
>
> Thank you for your patience,
> Eastfield Padel"""),

    dict(n=21, signals="-", priority="low", trap="resolved", qt=0, reply=1,
         frm="Graham Pryce <graham.pryce@slatemail.example>",
         to="accounts@topline-roofing.example",
         subject="Re: Deposit taken twice - job TR-3308",
         body="""\
Hi Jo,

Just to let you know the second £600 came back into my account this morning. Thanks for
sorting it so quickly, and see you on the 18th for the ridge tiles.

Graham"""),

    dict(n=22, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="The Wexbridge Echo <newsletter@wexbridge-echo.example>",
         to="support@scanflow.example",
         subject="Your Friday briefing: warehouse blaze, power cut, and the council fraud trial",
         body="""\
THE WEXBRIDGE ECHO - FRIDAY BRIEFING

* Warehouse blaze on Mill Lane: fire crews worked through the night; no one was hurt, but the
  road stays closed until Monday.
* Power cut hits 2,000 homes in Eastgate - the outage lasted four hours after a cable fault.
* Council fraud trial: former officer denies stealing GBP 80,000 from the parking account.
* Weekend: the emergency services open day at Station Road, 10am-4pm, free entry.

You are receiving this because you subscribed at wexbridge-echo.example.
Unsubscribe | Manage preferences"""),

    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Amira Haddad <amira@saltandsage-shop.example>",
         to="support@shopharbour.example",
         subject="Shipping label app fails on every order",
         body="""\
Hi,

Since Monday the ParcelGo label app in my ShopHarbour store fails on every order with "Label
request could not be completed (code 503)". I've disconnected and reconnected it, no change.

For now I'm copying each address into the ParcelGo website by hand and printing the labels
from there, so parcels are still going out - it just eats about an hour a day at 30-odd orders.
Could you have a look when you can?

Store: saltandsage-shop.example
Amira"""),

    dict(n=24, signals="outage", priority="critical", trap="escalation", qt=0, reply=1,
         frm="Julian Marsh <j.marsh@marsh-tax.example>",
         to="support@clientvault.example",
         subject="RE: Client uploads failing - URGENT, deadline tomorrow",
         body="""\
This is now the third day. Our self-assessment deadline is tomorrow at midnight and not one of
our clients has been able to upload a document since Monday - they all get "Upload failed,
please try again later". We have 12 advisers and about 300 returns still waiting on receipts
and P60s. Clients are now emailing us unencrypted bank statements instead, which we cannot
accept.

I need someone senior on the phone today: 01632 960144.

Julian Marsh
Marsh & Co Tax Advisers

-----Original Message-----
From: Julian Marsh
Sent: 27 January 2025 09:12
To: support@clientvault.example
Subject: Client uploads failing

> Hello,
>
> Since this morning our clients get "Upload failed, please try again later" on the
> ClientVault portal, whatever the file type. Could you look into it? We are in our busiest
> week of the year.
>
> Julian Marsh"""),
]
