# blind34 -- English (en), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Megan Holloway <meg.holloway@postbox.example>",
         to="help@wheelhousebikes.example",
         subject="Battery on my e-bike - what do I do with the other two?",
         body="""\
Hi,

I'm not really sure who I should be sending this to, so sorry if this is the wrong address.

Last night the battery on the e-bike we bought from your Kingsway shop in March (Voltera City 500,
order WH-20931) started hissing while it was on charge in our hallway. Within a minute there were
flames coming out of the side of the battery pack. My husband dragged the bike out the front door
with oven gloves on and burned two of his fingers doing it. The hallway ceiling is black and the
whole downstairs stinks of smoke.

It was the charger that came with the bike, plugged into a normal socket, nothing fancy.

We also bought two more of the same battery for our kids' bikes at the same time. I've unplugged
them and put them in the garden shed but honestly I don't want them anywhere near the house.
Is this something that has happened before? Can someone come and collect them, or tell me what
to do with them?

I have photos of the battery and the hallway if you need them.

Megan Holloway
07700 900412"""),

    dict(n=2, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Claire Finch <claire.finch@mailhub.example>",
         to="care.office@brightdayshomecare.example",
         subject="Medication error - Harold Finch, 14 Orchard Close",
         body="""\
Dear Sir or Madam,

I am writing on behalf of my father, Harold Finch (84), who has had morning and evening visits
from your carers since September.

On Tuesday morning the carer gave him the tablets from both the Tuesday and the Wednesday
compartments of his blister pack. That is a double dose of his blood thinner and of his blood
pressure tablets. Nobody noticed until I visited at lunchtime and found the Wednesday slot empty.
By then he was very dizzy and had fallen against the bathroom door. He was kept in hospital
overnight for monitoring and has a large bruise on his hip.

The carer's note for that visit simply says "meds given, all fine".

I would like to know:
- which carer was on that visit and whether she had been trained on his medication,
- what you are doing to make sure this cannot happen again, as he is still in your care tonight,
- who I can speak to by phone today.

My father is frail and relies completely on your staff for his medication. I am extremely
worried about his safety.

Yours faithfully,
Claire Finch (daughter)
Tel. 01632 960 587"""),

    dict(n=3, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Dev Raman <dev.raman@inboxly.example>",
         to="repairs@northgateproperty.example",
         subject="LIFT IN BLOCK C - needs shutting off NOW",
         body="""\
This is the third time I am reporting the lift in Block C, Calder House.

This morning at about 8.10 it dropped roughly a metre with my neighbour from flat 22 and her
toddler inside, stopped dead between the 3rd and 4th floor, and then the doors opened on their
own with a wall in front of them and a gap at the bottom you could put your leg through. She had
to climb out with the little one onto the 4th floor landing. She's in bits.

Two weeks ago it was "jolting" and you sent someone who reset it and left. Last Friday it
stopped between floors with me in it for 40 minutes.

Nobody has put a sign on it and people are still using it because half the building is elderly
and can't do the stairs. Someone is going to get seriously hurt. Please lock it off today and
tell us when an engineer is coming.

Dev Raman
Flat 31, Calder House"""),

    dict(n=4, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Sophie Lindqvist <s.lindqvist@homemail.example>",
         to="customercare@oakandpine.example",
         subject="Chest of drawers from your Bristol store",
         body="""\
Hello,

I hope you're well. I wanted to let you know about something that happened at home yesterday
with one of your products, in case it is useful to you.

We bought the drawers below in October and fitted the wall bracket that came in the box, using
the screws supplied. Yesterday afternoon our son (3) pulled the two bottom drawers out and
stepped onto them, and the whole unit came forward. The bracket had pulled straight out of the
wall. He has a cut on his forehead which the hospital glued, and a bruised arm. He's fine now,
thankfully, just a bit shaken, as are we.

Order no: OP-4471-208
Item: HAVEN 6-drawer chest, white oak, 120 x 80 cm - qty 1 - £289.00
Delivered: 17/10/2026

Is it possible the wall fixing in the box isn't right for plasterboard walls? I'd be grateful if
someone could look into it, and tell me whether we should keep using it in his room.

Kind regards,
Sophie Lindqvist"""),

    dict(n=5, signals="safety,payment", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Tom Aldridge <tom.aldridge@fastpost.example>",
         to="supporters@givehope.example",
         subject="Payments on my card I didnt make",
         body="""\
hi
I give £10 a month to you by direct debit which is fine. but this morning my banking app shows
3 card payments to GIVEHOPE*ONLINE i never made - £250.00, £250.00 and £480.00, all between 2 and 3am
last night. my card is in my wallet, never lent it to anyone
bank has frozen the card. I also got an email from you saying my donor profile email address was
changed which wasnt me either
can you cancel them and find out who did this. supporter no 88120347
Tom

Sent from my phone"""),

    dict(n=6, signals="outage", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Rachel Okafor <rachel.okafor@brightlinecomms.example>",
         to="members@hubspacecowork.example",
         subject="2nd floor - nobody can get online since 9am",
         body="""\
Hi HubSpace team,

Since about 9.15 this morning none of our team on the 2nd floor (Brightline, desks 2.01 - 2.30)
can get online. The Wi-Fi says connected but no pages load, and the ethernet ports at the desks
don't give anything either. Phones on 4G are fine so it's not our laptops.

The front desk says they've "logged it" but nobody has come up. We've got 28 people sat here
unable to work and a client pitch over video at 11.00 that we cannot move.

Could someone please come up or call me on 07700 900871 straight away.

Thanks,
Rachel Okafor
Office Manager | Brightline Communications
Unit 2, HubSpace Leeds

This e-mail and any attachments are confidential and intended solely for the addressee. If you
have received this e-mail in error, please notify the sender and delete it. Brightline
Communications Ltd, registered in England and Wales no. 09876543."""),

    dict(n=7, signals="outage", priority="critical", trap="-", qt=0, reply=0,
         frm="Practice Manager <manager@riversidedental.example>",
         to="support@smiledesk.example",
         subject="URGENT - SmileDesk not loading, clinic full today",
         body="""\
Hello,

Since we opened at 8 this morning SmileDesk shows a blank white page after login on every PC in
the practice. We have cleared the cache and restarted the machines and the router. The browser
shows this when we press F12:

    GET https://app.smiledesk.example/diary 502 (Bad Gateway)
    Uncaught TypeError: Cannot read properties of undefined (reading 'sessions')

We have four dentists and two hygienists in clinic today with around 90 patients booked. We
cannot see who is booked in, their medical histories, or any x-rays, and we cannot take payments
through the system. Patients are already sitting in the waiting room.

Please call the practice on 0117 496 0321 as soon as possible. Our account number is RD-0442.

Jane Whitcombe
Practice Manager, Riverside Dental Care

CONFIDENTIALITY NOTICE: This message may contain patient-identifiable information. If you are
not the intended recipient please delete it and inform the sender immediately."""),

    dict(n=8, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Liam Brennan <liam.b@quickmail.example>",
         to="help@voltup.example",
         subject="app just spins when I press start",
         body="""\
is it normal that the app just spins forever when i press Start charging? tried 3 different
chargers at the Elm St car park since yesterday evening and none of them start. the charger
screen just says "waiting for authorisation". car is on 9% and i need it for work tomorrow
morning, 40 miles each way. logged out and back in, reinstalled, same thing
Liam

Sent from my iPhone"""),

    dict(n=9, signals="outage", priority="medium", trap="-", qt=0, reply=0,
         frm="Agnieszka Wrona <a.wrona@webpost.example>",
         to="libraryhelp@eastshirelibraries.example",
         subject="Audiobooks stopping in the app",
         body="""\
Good afternoon,

I use your Borrow app on my tablet since one year and I am very happy with it. From last week
however the audiobooks stop playing after about 10 minutes and I must close the app and open it
again, then it continues for another 10 minutes. It happens with every audiobook I have tried
(three different ones). The e-books are working normally, only the audio is the problem.

I have Android 14 and the newest version of the app. I did already remove the app and install it
again but it did not help.

Can you check please if this is a problem on your side?

Thank you and best regards,
Agnieszka Wrona
Library card 2200 4519 8830"""),

    dict(n=10, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Hannah Price <hannah.price@mailhub.example>",
         to="bookings@twoguysandavan.example",
         subject="Deposit refund - need it by Friday (ref TGV-1187)",
         body="""\
Hi,

On 18 November your office rang to say you couldn't do our move on the 5th after all and
cancelled the booking. I was told on the phone and in the e-mail afterwards that the £600
booking deposit would be refunded "within 5 working days".

It's now been more than three weeks and nothing has come back to my card. I've phoned twice and
been told it's "with accounts" both times.

We've had to book another firm at short notice and I need that money to pay the holding deposit
on our new flat by this Friday, otherwise we lose it. Please can you either refund it today or
send me written confirmation of when it was sent.

Booking ref: TGV-1187
Previous ticket: #44810

Thanks,
Hannah Price
07700 900256"""),

    dict(n=11, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Mark Ellison <mark.ellison@fastpost.example>",
         to="office@harmonymusicschool.example",
         subject="Spring term invoiced twice",
         body="""\
Dear Harmony office,

I think something has gone wrong with the billing for my daughter Isla's piano lessons. Looking
at my bank statement for December I have:

- 02/12  HARMONY MUSIC SCHL  186.00  (invoice INV-3310, spring term)
- 09/12  HARMONY MUSIC SCHL  186.00  (invoice INV-3374, spring term)

Both invoices are for the same 12 lessons with Mrs Adeyemi, Tuesdays 4.30pm. As far as I know
she only has one set of lessons!

Could you check and refund the second payment, or let me know if I have misunderstood something?

Many thanks,
Mark Ellison"""),

    dict(n=12, signals="payment", priority="low", trap="-", qt=0, reply=0,
         frm="Jo Pemberton <jo.pemberton@inboxly.example>",
         to="support@parkpal.example",
         subject="20p fee?",
         body="""\
hi quick one - my last parking session (Mill Road, Sat 5 Dec) shows £2.40 plus a 20p
"convenience fee". what is that exactly, will it be on every session now? not a big deal just
curious
thanks Jo"""),

    dict(n=13, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Gareth Hughes <gareth.hughes@webpost.example>",
         to="membership@vale-rfc.example",
         subject="Locked out of the members area",
         body="""\
Hi there,

I've managed to lock myself out of the members' area on the club website. I typed the wrong
password a few times and now it says "Account locked - please contact the club".

I tried the "forgot password" link but no reset e-mail ever arrives (checked junk too). I'd like
to renew my family membership and book the kids onto the January minis sessions, which I can
only do when logged in.

Membership no. VR-1193, registered e-mail is this one.

Cheers,
Gareth Hughes"""),

    dict(n=14, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Priya Natarajan <priya.n@quickmail.example>",
         to="clientportal@ashbyandcoaccountants.example",
         subject="Can't get into the portal to sign my return",
         body="""\
Dear Ashby & Co,

Mr Ashby e-mailed me on Monday to say my self-assessment return is ready to sign in the client
portal and has to be approved by Thursday so that he can submit it before he goes on leave.

When I log in, the portal says it has sent a six-digit code by text, but the code never arrives.
I've tried about ten times over two days, on Wi-Fi and off it. The mobile number ending 482 is
correct and I receive other texts normally.

Could someone please reset the code settings or send me another way to sign? I really don't want
to miss the deadline and get a penalty.

Best regards,
Priya Natarajan
Client ref. PN-2207"""),

    dict(n=15, signals="account", priority="low", trap="-", qt=0, reply=0,
         frm="Margaret Doyle <margaret.doyle@homemail.example>",
         to="members@cityartsmuseum.example",
         subject="Changing my e-mail address on my membership",
         body="""\
Dear Membership Team,

I have been a Friend of the Museum for several years and very much enjoy the previews.

I am changing my e-mail provider next month and would like my newsletters and booking
confirmations to go to my new address. Could you tell me how I change the e-mail address on my
online account? I have had a look under "My details" but could only see my postal address.

With thanks and best wishes,
Margaret Doyle
Membership no. F-30218"""),

    dict(n=16, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Nadia Osei <nadia.osei@postbox.example>",
         to="hello@forgekitchens.example",
         subject="Thank you Dan and Kofi!",
         body="""\
Hi Forge Kitchens,

Just wanted to say a massive thank you to Dan and Kofi who fitted our kitchen last week. The old
one was a total bomb site and I was dreading it, but they absolutely killed it. In and out in four
days, hoovered up every evening, and they even fixed the wonky cupboard door in the utility room
without being asked.

I've been on fire with the new oven - three cakes and a roast already, the kids think I've been
replaced by a robot. My sister came round on Sunday and was blown away, so don't be surprised if
she gets in touch.

Five stars from us. I'll be leaving a review on your website this weekend.

Nadia (and family)

Sent from my iPad"""),

    dict(n=17, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Owen Maddox <owen.maddox@inboxly.example>",
         to="help@voltup.example",
         subject="Re: Charger MLN-04 at Mill Lane not starting [Ticket 77215]",
         body="""\
That did the trick - it's charging away now. Thanks Priya, really appreciate the quick help.

Owen

On Mon, 7 Dec 2026 at 18:40, VoltUp Support <help@voltup.example> wrote:
> Hi Owen,
>
> Thanks for letting us know that charger MLN-04 at Mill Lane won't start a session and that the
> app shows "Connector unavailable" every time. It looks like the unit had stopped talking to our
> system this afternoon. We've restarted it remotely - could you try again and let us know?
>
> Kind regards,
> Priya
> VoltUp Customer Support"""),

    dict(n=18, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Eleanor Burke <eleanor.burke@mailhub.example>",
         to="boxoffice@regentpicturehouse.example",
         subject="RE: Charged twice for tickets - booking 55092",
         body="""\
Brilliant, I can see it back on my statement now, thank you.

Quick unrelated one while I've got you: is the 8pm screening of the silent film on Saturday in
Screen 1 or 2? My mum uses a wheelchair and I remember Screen 2 has steps.

Best,
Eleanor

> -----Original Message-----
> From: Regent Box Office <boxoffice@regentpicturehouse.example>
> Sent: 08 December 2026 10:12
> To: Eleanor Burke <eleanor.burke@mailhub.example>
> Subject: RE: Charged twice for tickets - booking 55092
>
> Dear Eleanor,
>
> Sorry to hear you were charged twice for booking 55092 (2 x Adult, Sat 28 Nov). The second
> payment of 23.00 was taken in error and we have now refunded it to the card ending 7719. It
> can take 3-5 working days to appear.
>
> Regent Picture House Box Office"""),

    dict(n=19, signals="-", priority="low", trap="webinar", qt=0, reply=0,
         frm="Sentinel Events <events@sentinelsecure.example>",
         to="info@northgateproperty.example",
         subject="Webinar 14 Jan: hacked door entry, stolen fobs and data breaches",
         body="""\
Dear Property Professional,

Door entry systems, resident apps and cloud CCTV are now prime targets. In our free 45-minute
webinar we will show how attackers really get in - and how to stop them:

- How a hacked intercom app led to 300 stolen fobs being cloned in one weekend
- Phishing e-mails aimed at managing agents: real examples from 2026
- What to do in the first 72 hours after a data breach
- Password managers and 2FA for your maintenance contractors

Wednesday 14 January 2027, 12:30 GMT, online. Register at sentinelsecure.example/webinars

Best regards,
The Sentinel Secure Events Team

You are receiving this because you attended one of our events. Unsubscribe at any time.
Sentinel Secure will never ask for your password by e-mail."""),

    dict(n=20, signals="-", priority="low", trap="job", qt=0, reply=0,
         frm="Callum Reid <callum.reid@webpost.example>",
         to="info@warmhomesheatpumps.example",
         subject="Application - Heat Pump / Heating Engineer",
         body="""\
Dear Hiring Manager,

I would like to apply for the Heating Engineer vacancy advertised on your website.

I have six years' experience installing and servicing boilers and, for the last two, air source
heat pumps. I am Gas Safe registered, MCS trained and used to emergency call-outs, including
night shifts over winter when boilers break down and families are left without heat. I am
confident with carbon monoxide testing, gas leak investigation and commissioning, and I hold a
full clean driving licence.

Outside work I am a retained firefighter with the local fire service, which has taught me to stay
calm under pressure.

My CV is attached. I am available for interview at short notice.

Yours sincerely,
Callum Reid
07700 900619"""),

    dict(n=21, signals="-", priority="low", trap="question", qt=0, reply=0,
         frm="Ben Whitaker <ben.whitaker@fastpost.example>",
         to="sales@sunridgesolar.example",
         subject="Couple of questions before we sign",
         body="""\
Hi Laura,

Thanks for the quote for the 12-panel system (Q-20566). We're keen, but I'll be honest, we're a
bit nervous. Our neighbour's roof caught fire last year after a different company did a rushed
install and a connector overheated, and the fire brigade had to come out. Nobody was hurt but it
put us off for a while.

Before we go ahead, could you tell me:
1. Who actually does the install - your own people or subcontractors?
2. If a panel is damaged in a storm or stolen off the roof, is that covered by you or our home
   insurance?
3. What's your cancellation and refund policy if we change our minds after paying the deposit?

Thanks,
Ben Whitaker"""),

    dict(n=22, signals="-", priority="low", trap="title", qt=0, reply=0,
         frm="Irene Castle <irene.castle@homemail.example>",
         to="events@eastshirelibraries.example",
         subject="Room booking for our true-crime book club",
         body="""\
Hello,

I run a small true-crime book club (about 12 of us, mostly retired!) and we would love to meet
at Hadley Library once a month instead of in my front room.

Our January book is "Stolen Lives", about the biggest identity fraud case in British history.
Last month we did "Hacked", about the phone-hacking scandal, and the discussion went on for
three hours, so you can see we need the space.

Would the community room be free on the second Thursday of each month, 2-4pm? Is there a charge,
and can we bring our own tea and biscuits?

Kind regards,
Irene Castle
Hadley Crime Readers - Nothing is more fun than a good murder (on paper)."""),

    dict(n=23, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Simon Kettering <simon.kettering@quickmail.example>",
         to="returns@trailheadoutdoors.example",
         subject="Re: Re: Refund for returned tent - order TH-55812 - THIRD REQUEST",
         body="""\
This is now the third time I am writing about this and I still haven't had a single reply
from a human being. The tent was returned on 3 November, your own tracking shows it was
delivered to your warehouse on 5 November and signed for by "K. Shaw". 349.99 has still not
been refunded. If I do not have the money back by Friday I will raise a chargeback with my bank
and report you to Trading Standards.

Simon Kettering

On 24 Nov 2026, Simon Kettering wrote:
> Hello again, still no refund for order TH-55812. It's been nearly three weeks since you
> received the tent. Please can someone look at this? Ticket #90311.
>
> On 12 Nov 2026, Simon Kettering wrote:
>> Hi, I returned the Ridgeline 4 tent (order TH-55812, 349.99) as it was the wrong size.
>> Tracking says you got it on 5 Nov. When will the refund go back on my card?"""),

    dict(n=24, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Fiona Gallagher <f.gallagher@lingohouse.example>",
         to="support@classboard.example",
         subject="None of our 40 teachers can log in since your password change",
         body="""\
Dear ClassBoard Support,

Since your "security update" last night, every teacher account at Lingo House Language School
is stuck. When they log in with their usual password they are asked to set a new one, and after
doing so the page goes back to the login screen and says "Invalid credentials". The reset e-mail
link gives "This link has expired" straight away.

This affects all 40 of our teachers across our three sites (Dublin, Cork and Galway). Classes
started at 9am and nobody can open their registers, lesson materials or the video rooms for
our online groups. We have roughly 600 students today.

Our contract number is CB-ED-2093. Please treat this as urgent and call me on +353 1 555 0198.

Fiona Gallagher
Director of Studies, Lingo House Language School
Learn it. Live it. Love it."""),
]
